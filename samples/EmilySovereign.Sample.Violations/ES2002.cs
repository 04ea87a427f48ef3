// ES2002: a budgeted member makes a blocking call.
using System.Threading;
using EmilySovereign;

namespace Emily.Gallery
{
    public static class Twitch
    {
        [LatencyBudget(50)]
        public static void React() => Thread.Sleep(100); // expect: ES2002
    }
}
