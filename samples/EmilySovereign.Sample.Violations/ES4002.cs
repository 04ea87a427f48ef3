// ES4002: two metrics of one compilation share a name (both are reported).
using EmilySovereign.Metrics;

namespace Emily.Gallery
{
    public static partial class GateTimings
    {
        [Histogram("gate_latency", Unit = "s")] // expect: ES4002
        public static partial void RecordOpen(double seconds);

        [Histogram("gate_latency", Unit = "s")] // expect: ES4002
        public static partial void RecordClose(double seconds);
    }
}
