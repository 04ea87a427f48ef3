// ES2005: budgeted code waits for a lock.
using EmilySovereign;

namespace Emily.Gallery
{
    public sealed class Counter
    {
        private readonly object _sync = new();
        private int _count;

        [LatencyBudget(50)]
        public void Increment()
        {
            lock (_sync) // expect: ES2005
            {
                _count++;
            }
        }
    }
}
