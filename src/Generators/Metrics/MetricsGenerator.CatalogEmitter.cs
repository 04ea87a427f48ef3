using System;
using System.Linq;
using System.Text;

namespace EmilySovereign.Generators.Metrics;

public sealed partial class MetricsGenerator
{
    /// <summary>Turns the model into <c>MetricsCatalog</c>: the meters, <c>All</c> and <c>MeterNames</c>.</summary>
    internal static class CatalogEmitter
    {
        private const string Info = "global::EmilySovereign.Metrics.MetricInfo";
        private const string Meter = "global::System.Diagnostics.Metrics.Meter";

        public static string Emit(MetricsModel model, string version)
        {
            var target = model.Target;
            var meters = model.Methods.Select(m => m.Meter ?? target.DefaultMeter).Distinct().OrderBy(m => m, StringComparer.Ordinal).ToList();
            var hasNamespace = target.Namespace.Length > 0;
            var indent = hasNamespace ? "    " : string.Empty;
            var code = Emitter.Header();
            if (hasNamespace)
                code.Append("namespace ").AppendLine(target.Namespace).AppendLine("{");

            code.Append(indent).AppendLine("/// <summary>The metrics this project declares with [Counter], [Histogram] and [Gauge], and the meters they are on.</summary>")
                .Append(indent).Append("[global::System.CodeDom.Compiler.GeneratedCode(\"EmilySovereign.Generators\", \"").Append(version).AppendLine("\")]")
                .Append(indent).AppendLine("internal static partial class MetricsCatalog")
                .Append(indent).AppendLine("{")
                .Append(indent).AppendLine("    /// <summary>The meter of the metrics whose class declares no <c>MeterName</c> constant.</summary>")
                .Append(indent).Append("    public const string MeterName = ").Append(CSharpLiteral.String(target.DefaultMeter)).AppendLine(";")
                .AppendLine();
            for (var i = 0; i < meters.Count; i++)
                code.Append(indent).Append("    private static readonly ").Append(Meter).Append(" s_meter").Append(i).Append(" = new ").Append(Meter).Append('(').Append(CSharpLiteral.String(meters[i])).AppendLine(");");

            code.AppendLine()
                .Append(indent).Append("    private static readonly ").Append(Info).Append("[] s_all = new ").Append(Info).AppendLine("[]")
                .Append(indent).AppendLine("    {");
            foreach (var method in model.Methods)
                code.Append(indent).Append("        ").Append(NewInfo(method, target)).AppendLine(",");
            code.Append(indent).AppendLine("    };")
                .AppendLine()
                .Append(indent).AppendLine("    /// <summary>Every metric of the project, by member.</summary>")
                .Append(indent).Append("    public static global::System.Collections.Generic.IReadOnlyList<").Append(Info).AppendLine("> All { get; } = global::System.Array.AsReadOnly(s_all);")
                .AppendLine()
                .Append(indent).AppendLine("    /// <summary>Every meter the metrics are on (a new array each time: pass it to OpenTelemetry's AddMeter).</summary>")
                .Append(indent).Append("    public static string[] MeterNames => new string[] { ").Append(string.Join(", ", meters.Select(CSharpLiteral.String))).AppendLine(" };")
                .AppendLine()
                .Append(indent).AppendLine("    /// <summary>The meter named <paramref name=\"name\"/>, one of <see cref=\"MeterNames\"/>.</summary>")
                .Append(indent).Append("    internal static ").Append(Meter).AppendLine(" GetMeter(string name) => name switch")
                .Append(indent).AppendLine("    {");
            for (var i = 0; i < meters.Count; i++)
                code.Append(indent).Append("        ").Append(CSharpLiteral.String(meters[i])).Append(" => s_meter").Append(i).AppendLine(",");
            code.Append(indent).AppendLine("        _ => throw new global::System.ArgumentOutOfRangeException(nameof(name), name, \"No metric of this project is on this meter.\"),")
                .Append(indent).AppendLine("    };")
                .Append(indent).AppendLine("}");
            if (hasNamespace)
                code.AppendLine("}");
            return code.ToString();
        }

        private static string NewInfo(MetricMethodModel method, MetricsTarget target)
        {
            var tags = method.Tags.Count == 0
                ? "global::System.Array.Empty<string>()"
                : "new string[] { " + string.Join(", ", method.Tags.Select(t => CSharpLiteral.String(t.Name))) + " }";
            var budget = method.BudgetMilliseconds is { } b ? Emitter.Number(b) : "null";
            return new StringBuilder("new ").Append(Info).Append('(')
                .Append(CSharpLiteral.String(method.Name)).Append(", global::EmilySovereign.Metrics.MetricKind.").Append(method.Kind).Append(", ")
                .Append(Emitter.Nullable(method.Unit)).Append(", ").Append(Emitter.Nullable(method.Description)).Append(", ")
                .Append(tags).Append(", ").Append(CSharpLiteral.String(method.Meter ?? target.DefaultMeter)).Append(", ")
                .Append(budget).Append(", ").Append(CSharpLiteral.String(method.Member)).Append(", ")
                .Append(CSharpLiteral.String(SourcePath(method.File, target.ProjectDirectory))).Append(')').ToString();
        }

        /// <summary>The declaring file relative to the project (never an absolute path: builds stay reproducible).</summary>
        internal static string SourcePath(string file, string projectDirectory)
        {
            var path = file.Replace('\\', '/');
            var root = projectDirectory.Replace('\\', '/');
            if (root.Length > 0 && !root.EndsWith("/", StringComparison.Ordinal))
                root += "/";
            if (root.Length > 1 && path.StartsWith(root, StringComparison.Ordinal))
                return path.Substring(root.Length);
            var slash = path.LastIndexOf('/');
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }
    }
}
