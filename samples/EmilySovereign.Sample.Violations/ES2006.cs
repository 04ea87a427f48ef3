// ES2006: an implementation or override promises a larger budget than the member it implements.
using EmilySovereign;

namespace Emily.Gallery
{
    public interface IGate
    {
        [LatencyBudget(50)]
        void Open();
    }

    public sealed class SlowGate : IGate
    {
        [LatencyBudget(80)] // expect: ES2006
        public void Open() { }
    }
}
