using System;
using EmilySovereign;

namespace Emily;

[Layer("NervousSystem")]
public static class Program
{
    [LatencyBudget(50)]
    public static int Main()
    {
        Console.WriteLine("EmilySovereign sample: built with the layer, latency and ADR analyzers on.");
        return 0;
    }
}
