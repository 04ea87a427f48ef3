// ES4003: a metric method has a shape the generator cannot implement (the value must be long, int, double or float).
using EmilySovereign.Metrics;

namespace Emily.Gallery
{
    public static partial class MoodMetrics
    {
        [Gauge("mood_level")]
        static partial void RecordMood(string mood); // expect: ES4003
    }
}
