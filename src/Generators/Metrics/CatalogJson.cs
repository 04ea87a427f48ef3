using System.Globalization;
using System.Linq;
using System.Text;

namespace EmilySovereign.Generators.Metrics;

/// <summary>
/// One catalog entry as a JSON object on one line, the text of an ES4004 diagnostic: the same fields as
/// <c>MetricInfo</c>, plus the texts an enum tag can take (runbooks name a gate's fallback path with them).
/// </summary>
internal static class CatalogJson
{
    public static string Write(MetricMethodModel method, MetricsTarget target)
    {
        var json = new StringBuilder("{");
        Property(json, "name", method.Name).Append(',');
        Property(json, "kind", method.Kind).Append(',');
        Property(json, "unit", method.Unit).Append(',');
        Property(json, "description", method.Description).Append(',');
        Property(json, "meter", method.Meter ?? target.DefaultMeter).Append(',');
        json.Append("\"budgetMilliseconds\":")
            .Append(method.BudgetMilliseconds is { } budget ? budget.ToString("R", CultureInfo.InvariantCulture) : "null").Append(',');
        Property(json, "member", method.Member).Append(',');
        Property(json, "file", MetricsGenerator.CatalogEmitter.SourcePath(method.File, target.ProjectDirectory)).Append(',');
        json.Append("\"tags\":[");
        for (var i = 0; i < method.Tags.Count; i++)
        {
            var tag = method.Tags[i];
            json.Append(i == 0 ? "{" : ",{");
            Property(json, "name", tag.Name).Append(",\"values\":[")
                .Append(string.Join(",", tag.Values.Select(v => Quote(v.Text)))).Append("]}");
        }

        return json.Append("]}").ToString();
    }

    private static StringBuilder Property(StringBuilder json, string name, string? value) =>
        json.Append('"').Append(name).Append("\":").Append(value is null ? "null" : Quote(value));

    internal static string Quote(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                default:
                    if (c < ' ' || c is '\u2028' or '\u2029' || char.IsSurrogate(c))
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        json.Append(c);
                    break;
            }
        }

        return json.Append('"').ToString();
    }
}
