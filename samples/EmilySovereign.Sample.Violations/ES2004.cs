// ES2004: a budget is not a positive finite number.
using EmilySovereign;

namespace Emily.Gallery
{
    public static class Instant
    {
        [LatencyBudget(0)] // expect: ES2004
        public static void Now() { }
    }
}
