using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EmilySovereign.Benchmarks.Attention;

/// <summary>
/// The 99th percentile of the measurements, which BenchmarkDotNet's stock columns stop short of (they have P95 and
/// Max): with one call per iteration it is the per-call p99 the attention goals are stated in.
/// </summary>
internal sealed class P99Column : IColumn
{
    public static readonly P99Column Instance = new();

    public string Id => nameof(P99Column);

    public string ColumnName => "P99";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "Percentile 99: 99 % of all measurements are lower than this value";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double[] nanoseconds = summary[benchmarkCase]?.ResultStatistics?.OriginalValues.OrderBy(x => x).ToArray() ?? [];
        if (nanoseconds.Length == 0)
        {
            return "NA";
        }

        // Nearest rank: the smallest measurement that at least 99 % of them do not exceed.
        double p99 = nanoseconds[(int)System.Math.Ceiling(0.99 * nanoseconds.Length) - 1];
        return (p99 / 1000).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " μs";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
