// ES2001: a budgeted member calls a member whose budget is larger than its own.
using EmilySovereign;

namespace Emily.Gallery
{
    public static class Profiles
    {
        [LatencyBudget(200)]
        public static void Load() { }

        [LatencyBudget(50)]
        public static void Gate() => Load(); // expect: ES2001
    }
}
