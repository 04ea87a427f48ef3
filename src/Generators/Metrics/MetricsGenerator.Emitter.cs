using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace EmilySovereign.Generators.Metrics;

public sealed partial class MetricsGenerator
{
    /// <summary>
    /// Turns the model into the implementations of one type's metric methods; never looks at a symbol. A recording
    /// call reads one static field and passes up to three tags as <c>KeyValuePair</c> arguments (more go into a
    /// stack-allocated <c>TagList</c>): no allocation for string, enum (members) and bool tags, nor for int and long
    /// tags in <c>BoxedTagValues</c>' cached range.
    /// </summary>
    internal static class Emitter
    {
        private const string Metrics = "global::System.Diagnostics.Metrics.";
        private const string Pair = "global::System.Collections.Generic.KeyValuePair<string, object?>";
        private const string Boxes = "global::EmilySovereign.Metrics.BoxedTagValues.Of(";

        /// <summary>Histograms of seconds: sub-millisecond to 10 s, so a 50 ms budget sits between two fine buckets.</summary>
        internal static readonly double[] SecondsBuckets =
        {
            0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
        };

        /// <summary>A file name from the type's full name; characters a hint name may not hold become '_', a clash gets a number.</summary>
        public static string HintName(IReadOnlyList<MetricMethodModel> group, HashSet<string> used)
        {
            var first = group[0];
            var name = new StringBuilder();
            foreach (var c in first.Member.Substring(0, first.Member.Length - first.Method.Length - 1))
                name.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' ? c : '_');
            var hint = "EmilySovereign.Metrics." + name;
            for (var i = 2; !used.Add(hint); i++)
                hint = "EmilySovereign.Metrics." + name + "." + i.ToString(CultureInfo.InvariantCulture);
            return hint + ".g.cs";
        }

        public static string EmitType(IReadOnlyList<MetricMethodModel> group, MetricsTarget target, string version)
        {
            var first = group[0];
            var code = Header();
            if (first.Namespace.Length > 0)
                code.Append("namespace ").AppendLine(first.Namespace).AppendLine("{");
            var indent = first.Namespace.Length > 0 ? "    " : string.Empty;
            foreach (var type in first.Types)
            {
                code.Append(indent).Append("partial ").Append(type.Keyword).Append(' ').AppendLine(Identifier(type.Name))
                    .Append(indent).AppendLine("{");
                indent += "    ";
            }

            var generatedCode = $"[global::System.CodeDom.Compiler.GeneratedCode(\"EmilySovereign.Generators\", \"{version}\")]";
            var enumHelpers = new Dictionary<string, int>();
            var self = "global::" + (first.Namespace.Length > 0 ? first.Namespace + "." : string.Empty) + string.Join(".", first.Types.Select(t => Identifier(t.Name))) + ".";
            for (var i = 0; i < group.Count; i++)
            {
                if (i > 0)
                    code.AppendLine();
                EmitMethod(code, indent, generatedCode, group[i], i, target, enumHelpers, self);
            }

            if (enumHelpers.Count > 0)
                code.AppendLine();
            foreach (var tag in group.SelectMany(m => m.Tags).Where(t => t.Kind == "Enum").GroupBy(t => t.Type).Select(g => g.First()))
                EmitEnumHelper(code, indent, tag, enumHelpers[tag.Type]);

            foreach (var _ in first.Types)
            {
                indent = indent.Substring(4);
                code.Append(indent).AppendLine("}");
            }

            if (first.Namespace.Length > 0)
                code.AppendLine("}");
            return code.ToString();
        }

        /// <param name="self">The type's global name: members are reached through it, so no parameter name can shadow them.</param>
        private static void EmitMethod(StringBuilder code, string indent, string generatedCode, MetricMethodModel method, int index, MetricsTarget target, Dictionary<string, int> enumHelpers, string self)
        {
            var parameters = new HashSet<string>(method.Tags.Select(t => t.Parameter)) { method.ValueParameter };
            var local = Unused("__es_instrument", parameters);
            var tagList = Unused("__es_tags", parameters);
            var field = "__es_metric_" + index.ToString(CultureInfo.InvariantCulture);
            var instrument = method.Kind switch { "Counter" => "Counter", "Gauge" => "Gauge", _ => "Histogram" };
            var create = "Create" + instrument + "<" + method.ValueType + ">";
            code.Append(indent).AppendLine(generatedCode)
                .Append(indent).Append("private static readonly ").Append(Metrics).Append(instrument).Append('<').Append(method.ValueType).Append("> ").Append(field).AppendLine(" =")
                .Append(indent).Append("    global::").Append(target.Namespace.Length > 0 ? target.Namespace + "." : string.Empty).Append("MetricsCatalog.GetMeter(")
                .Append(CSharpLiteral.String(method.Meter ?? target.DefaultMeter)).Append(").").Append(create).Append('(')
                .Append(CSharpLiteral.String(method.Name)).Append(", ").Append(Nullable(method.Unit)).Append(", ").Append(Nullable(method.Description));
            if (Buckets(method, target) is { } buckets)
            {
                code.Append(", null, new ").Append(Metrics).Append("InstrumentAdvice<").Append(method.ValueType).Append("> { HistogramBucketBoundaries = new ")
                    .Append(method.ValueType).Append("[] { ").Append(string.Join(", ", buckets.Select(b => Number(b, method.ValueType)))).Append(" } }");
            }

            code.AppendLine(");").AppendLine();

            code.Append(indent).AppendLine(generatedCode)
                .Append(indent).Append(method.Modifiers).Append(" void ").Append(Identifier(method.Method)).Append('(')
                .Append(method.ValueType).Append(' ').Append(Identifier(method.ValueParameter));
            foreach (var tag in method.Tags)
                code.Append(", ").Append(tag.Type).Append(' ').Append(Identifier(tag.Parameter));
            code.AppendLine(")")
                .Append(indent).AppendLine("{");

            // Test Enabled first only where making the tags costs something (a number may need a new box, more than
            // three go into a TagList). Elsewhere Record's own test is as cheap, and an extra one keeps the JIT from
            // inlining Record's walk over the listeners: about a third more per call with a listener.
            var receiver = self + field;
            if (method.Tags.Count > 3 || method.Tags.Any(t => t.Kind == "Number"))
            {
                code.Append(indent).Append("    var ").Append(local).Append(" = ").Append(receiver).AppendLine(";")
                    .Append(indent).Append("    if (!").Append(local).AppendLine(".Enabled)")
                    .Append(indent).AppendLine("        return;");
                receiver = local;
            }

            var record = method.Kind == "Counter" ? "Add" : "Record";
            var value = Identifier(method.ValueParameter);
            if (method.Tags.Count <= 3)
            {
                code.Append(indent).Append("    ").Append(receiver).Append('.').Append(record).Append('(').Append(value);
                foreach (var tag in method.Tags)
                    code.Append(", new ").Append(Pair).Append('(').Append(CSharpLiteral.String(tag.Name)).Append(", ").Append(TagValue(tag, enumHelpers, self)).Append(')');
                code.AppendLine(");");
            }
            else
            {
                code.Append(indent).Append("    var ").Append(tagList).AppendLine(" = new global::System.Diagnostics.TagList();");
                foreach (var tag in method.Tags)
                    code.Append(indent).Append("    ").Append(tagList).Append(".Add(").Append(CSharpLiteral.String(tag.Name)).Append(", ").Append(TagValue(tag, enumHelpers, self)).AppendLine(");");
                code.Append(indent).Append("    ").Append(receiver).Append('.').Append(record).Append('(').Append(value).Append(", in ").Append(tagList).AppendLine(");");
            }

            code.Append(indent).AppendLine("}");
        }

        /// <summary>
        /// An enum's tag text: read from an array when its members are 0..n-1 (most enums), else picked by a
        /// <c>switch</c>; a value that is no member goes to a separate method, so the common path stays small enough to inline.
        /// </summary>
        private static void EmitEnumHelper(StringBuilder code, string indent, TagModel tag, int index)
        {
            var suffix = index.ToString(CultureInfo.InvariantCulture);
            var names = "__es_names_" + suffix;
            var number = "__es_number_" + suffix;
            var byValue = tag.Values.OrderBy(v => v.Bits).ToList();
            if (byValue.Select((v, i) => v.Bits == (ulong)i).All(dense => dense))
            {
                code.Append(indent).Append("private static readonly string[] ").Append(names).Append(" = { ")
                    .Append(string.Join(", ", byValue.Select(v => CSharpLiteral.String(v.Text)))).AppendLine(" };")
                    .Append(indent).Append("private static string __es_tag_").Append(suffix).Append('(').Append(tag.Type)
                    .Append(" value) => unchecked((ulong)value) < ").Append(byValue.Count.ToString(CultureInfo.InvariantCulture))
                    .Append("UL ? ").Append(names).Append("[unchecked((int)value)] : ").Append(number).AppendLine("(value);");
            }
            else
            {
                code.Append(indent).Append("private static string __es_tag_").Append(suffix).Append('(').Append(tag.Type).AppendLine(" value) => value switch")
                    .Append(indent).AppendLine("{");
                foreach (var value in tag.Values)
                    code.Append(indent).Append("    ").Append(tag.Type).Append('.').Append(Identifier(value.Member)).Append(" => ").Append(CSharpLiteral.String(value.Text)).AppendLine(",");
                code.Append(indent).Append("    _ => ").Append(number).AppendLine("(value),")
                    .Append(indent).AppendLine("};");
            }

            code.Append(indent).AppendLine("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]")
                .Append(indent).Append("private static string ").Append(number).Append('(').Append(tag.Type).AppendLine(" value) => value.ToString();");
        }

        private static string Unused(string name, HashSet<string> taken)
        {
            while (taken.Contains(name))
                name += "_";
            return name;
        }

        private static string TagValue(TagModel tag, Dictionary<string, int> enumHelpers, string self)
        {
            var parameter = Identifier(tag.Parameter);
            switch (tag.Kind)
            {
                case "Enum":
                    if (!enumHelpers.TryGetValue(tag.Type, out var index))
                        enumHelpers.Add(tag.Type, index = enumHelpers.Count);
                    return self + "__es_tag_" + index.ToString(CultureInfo.InvariantCulture) + "(" + parameter + ")";
                case "Boolean":
                case "Number" when tag.Type is "int" or "long":
                    return Boxes + parameter + ")";
                case "Number":
                    return "(object)" + parameter;
                default:
                    return parameter;
            }
        }

        /// <summary>Bucket advice for floating-point histograms of seconds, where the runtime has InstrumentAdvice (.NET 9+).</summary>
        internal static IReadOnlyList<double>? Buckets(MetricMethodModel method, MetricsTarget target)
        {
            if (!target.HasAdvice || method.Kind != "Histogram" || method.Unit != "s" || method.ValueType is not ("double" or "float"))
                return null;
            var buckets = new SortedSet<double>(SecondsBuckets);
            if (method.BudgetMilliseconds is { } budget)
                buckets.Add(budget / 1000);
            return buckets.ToList();
        }

        internal static StringBuilder Header() => new StringBuilder()
            .AppendLine("// <auto-generated/>")
            .AppendLine("#nullable enable")
            .AppendLine();

        internal static string Nullable(string? text) => text is null ? "null" : CSharpLiteral.String(text);

        internal static string Number(double value, string type = "double") =>
            value.ToString("R", CultureInfo.InvariantCulture) + (type == "float" ? "f" : type == "double" && value == System.Math.Floor(value) ? ".0" : string.Empty);

        internal static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
