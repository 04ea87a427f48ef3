// ES2007 (info; raised to a warning in this gallery's .editorconfig): a budgeted call in a loop without a constant bound.
using System.Collections.Generic;
using EmilySovereign;

namespace Emily.Gallery
{
    public static class Batch
    {
        [LatencyBudget(5)]
        public static void One(int item) { }

        [LatencyBudget(40)]
        public static void All(IEnumerable<int> items)
        {
            foreach (var item in items)
                One(item); // expect: ES2007
        }
    }
}
