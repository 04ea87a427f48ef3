using System.Collections.Generic;

namespace EmilySovereign.Architecture;

/// <summary>
/// Finds cycles in the declared <c>mayUse</c> relation (a layer using itself is not one). Each cycle is reported once,
/// at the <c>mayUse</c> entry that closes it, named as a path such as <c>A -> B -> A</c>.
/// </summary>
internal static class LayerCycles
{
    private enum Mark
    {
        New,
        OnPath,
        Done,
    }

    public static void AddCycles(IReadOnlyList<LayerDeclaration> layers, List<ArchitectureProblem> problems)
    {
        var index = new Dictionary<string, int>();
        for (var i = 0; i < layers.Count; i++)
        {
            index[layers[i].Name.Name] = i;
        }

        var marks = new Mark[layers.Count];
        var path = new List<int>();
        var reported = new HashSet<string>();
        for (var i = 0; i < layers.Count; i++)
        {
            if (marks[i] == Mark.New)
            {
                Visit(i, layers, index, marks, path, reported, problems);
            }
        }
    }

    // Depth-first search; every edge back onto the current path closes a cycle. Layer files have a handful of layers,
    // so recursion depth is not a concern.
    private static void Visit(
        int layer, IReadOnlyList<LayerDeclaration> layers, Dictionary<string, int> index, Mark[] marks,
        List<int> path, HashSet<string> reported, List<ArchitectureProblem> problems)
    {
        marks[layer] = Mark.OnPath;
        path.Add(layer);
        foreach (var used in layers[layer].MayUse)
        {
            if (!index.TryGetValue(used.Name, out var target) || target == layer)
            {
                continue;
            }

            if (marks[target] == Mark.OnPath)
            {
                var start = path.IndexOf(target);
                var names = new List<string>();
                for (var i = start; i < path.Count; i++)
                {
                    names.Add(layers[path[i]].Name.Name);
                }

                if (reported.Add(CanonicalKey(names)))
                {
                    names.Add(layers[target].Name.Name);
                    problems.Add(new ArchitectureProblem(
                        ArchitectureProblemKind.Cycle,
                        "The mayUse relation has a cycle: " + string.Join(" -> ", names),
                        used.Span));
                }
            }
            else if (marks[target] == Mark.New)
            {
                Visit(target, layers, index, marks, path, reported, problems);
            }
        }

        path.RemoveAt(path.Count - 1);
        marks[layer] = Mark.Done;
    }

    // The same cycle found from another entry point is a rotation of the same names.
    private static string CanonicalKey(List<string> cycle)
    {
        var smallest = 0;
        for (var i = 1; i < cycle.Count; i++)
        {
            if (string.CompareOrdinal(cycle[i], cycle[smallest]) < 0)
            {
                smallest = i;
            }
        }

        var parts = new string[cycle.Count];
        for (var i = 0; i < cycle.Count; i++)
        {
            parts[i] = cycle[(smallest + i) % cycle.Count];
        }

        return string.Join("\u0001", parts);
    }
}
