using System.Threading;
using EmilySovereign;

namespace Emily.Cognition.Plans
{
    public sealed class Plan
    {
        public string Goal { get; set; } = "";
    }
}

namespace Emily.Instinct.Reflexes
{
    [Adr(2)]
    public sealed class Impulse
    {
        public Emily.Cognition.Plans.Plan? Plan { get; set; }

        [LatencyBudget(50)]
        public void Twitch() => Thread.Sleep(100);

        [Adr(99)]
        public void Forget() { }
    }
}
