using System.Collections.Generic;

namespace EmilySovereign.Architecture;

/// <summary>
/// The valid layers of a file, indexed for lookups on a hot path: layer names to indexes, an allowed-use matrix,
/// and the namespace patterns in file order (the first match wins). Shared by the analyzer and the build task.
/// </summary>
internal sealed class LayerRules
{
    /// <summary>The index used for "no layer": such code is never constrained.</summary>
    public const int None = -1;

    private readonly Dictionary<string, int> _indexByName;
    private readonly bool[] _allowed;
    private readonly NamespacePattern[] _patterns;
    private readonly int[] _patternLayers;

    public LayerRules(IReadOnlyList<LayerDeclaration> layers)
    {
        Count = layers.Count;
        Names = new string[Count];
        _indexByName = new Dictionary<string, int>(Count);
        for (var i = 0; i < Count; i++)
        {
            Names[i] = layers[i].Name.Name;
            _indexByName[Names[i]] = i;
        }

        _allowed = new bool[Count * Count];
        MayUseText = new string[Count];
        var patterns = new List<NamespacePattern>();
        var patternLayers = new List<int>();
        for (var i = 0; i < Count; i++)
        {
            _allowed[(i * Count) + i] = true;
            var names = new List<string>();
            foreach (var used in layers[i].MayUse)
            {
                if (_indexByName.TryGetValue(used.Name, out var target))
                {
                    _allowed[(i * Count) + target] = true;
                    names.Add(used.Name);
                }
            }

            MayUseText[i] = names.Count == 0 ? "(no other layer)" : string.Join(", ", names);
            foreach (var pattern in layers[i].Namespaces)
            {
                patterns.Add(pattern);
                patternLayers.Add(i);
            }
        }

        _patterns = patterns.ToArray();
        _patternLayers = patternLayers.ToArray();
        for (var i = 0; i < Count; i++)
        {
            for (var j = 0; j < Count; j++)
            {
                if (!_allowed[(i * Count) + j])
                {
                    HasRestrictions = true;
                }
            }
        }
    }

    public int Count { get; }

    public string[] Names { get; }

    /// <summary>Per layer, the declared layers it may use, for messages (<c>Instinct may use: NervousSystem</c>).</summary>
    public string[] MayUseText { get; }

    /// <summary>False when every layer may use every other one: then no use can be forbidden.</summary>
    public bool HasRestrictions { get; }

    public int IndexOf(string name) => _indexByName.TryGetValue(name, out var index) ? index : None;

    /// <summary>Whether code in <paramref name="user"/> may use code in <paramref name="used"/>; no layer is always allowed.</summary>
    public bool MayUse(int user, int used) => user == None || used == None || _allowed[(user * Count) + used];

    /// <summary>The layer of the first pattern (in file order) matching namespace <paramref name="ns"/>.</summary>
    public int LayerOfNamespace(string ns)
    {
        for (var i = 0; i < _patterns.Length; i++)
        {
            if (_patterns[i].Matches(ns))
            {
                return _patternLayers[i];
            }
        }

        return None;
    }

    /// <summary>Whether namespace <paramref name="ns"/> or one below it can match a pattern (to prune namespace walks).</summary>
    public bool MayMatchBelow(string ns)
    {
        foreach (var pattern in _patterns)
        {
            if (pattern.Prefix.StartsWith(ns, System.StringComparison.Ordinal) &&
                (pattern.Prefix.Length == ns.Length || pattern.Prefix[ns.Length] == '.'))
            {
                return true;
            }

            if (pattern.Matches(ns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the layer may use every layer, so its code needs no checks at all.</summary>
    public bool MayUseEverything(int layer)
    {
        if (layer == None)
        {
            return true;
        }

        for (var j = 0; j < Count; j++)
        {
            if (!_allowed[(layer * Count) + j])
            {
                return false;
            }
        }

        return true;
    }
}
