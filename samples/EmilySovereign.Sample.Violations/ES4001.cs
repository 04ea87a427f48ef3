// ES4001: a metric name breaks Prometheus naming rules (a counter's name must be snake_case and end in _total).
using EmilySovereign.Metrics;

namespace Emily.Gallery
{
    public static partial class ServedMetrics
    {
        [Counter("RequestsServed")] // expect: ES4001
        public static partial void CountServed(long count);
    }
}
