// ES2003: the budgets of the calls a budgeted member makes one after another add up to more than its own.
using EmilySovereign;

namespace Emily.Gallery
{
    public static class Store
    {
        [LatencyBudget(30)]
        public static void Read() { }

        [LatencyBudget(30)]
        public static void Write() { }

        [LatencyBudget(50)]
        public static void Copy() // expect: ES2003
        {
            Read();
            Write();
        }
    }
}
