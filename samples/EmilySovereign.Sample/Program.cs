using System;
using System.Collections.Generic;
using System.Globalization;
using EmilySovereign.Attention;
using Emily.Cognition;
using Emily.Instinct;
using Emily.NervousSystem;

[assembly: EmilySovereign.FeatureFlag("gflownet_v2", Default = false, Owner = "cognition",
    Description = "Act through the GFlowNet v2 policy instead of the greedy one.", Expires = "2027-06-30")]

namespace Emily;

/// <summary>
/// The three layers together: Instinct makes EEG windows, Cognition decides on each with the attention gate and the
/// policy the gflownet_v2 flag picks, NervousSystem records the metrics. Half-way through, the primary path is made
/// to crash (the chaos drill). Prints one table; exits 1 if any answer came after the 50 ms budget, 2 on an argument
/// it does not know or a port it cannot listen on. With <c>--metrics-port PORT</c> it serves <c>/metrics</c> on that
/// port while it runs and after the table, until its standard input ends or a line is entered.
/// </summary>
public static class Program
{
    private const int Windows = 300;
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(50);

    public static int Main(string[] args)
    {
        var options = SampleOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(SampleOptions.Usage);
            return 2;
        }

        if (options.MetricsPort is not int port)
            return RunDrill();

        MetricsEndpoint endpoint;
        try
        {
            endpoint = MetricsEndpoint.Start(port);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"cannot serve /metrics on port {port}: {e.Message}");
            return 2;
        }

        using (endpoint)
        {
            var exitCode = RunDrill();
            Console.WriteLine($"serving {endpoint.Address} until the input ends");
            Console.In.ReadLine();
            return exitCode;
        }
    }

    private static int RunDrill()
    {
        var source = new EegSource(seed: 42);
        using var decider = new AttentionDecider();
        var latencies = new List<double>(Windows);
        int open = 0, primary = 0, fallback = 0, late = 0;
        IDisposable? crash = null;

        for (var i = 0; i < Windows; i++)
        {
            if (i == Windows / 2)
                crash = AttentionChaos.Crash(decider.Gate);
            var decision = decider.Decide(source.Next(i));
            open += decision.Gate.Open ? 1 : 0;
            primary += decision.Gate.Path == GatePath.Primary ? 1 : 0;
            fallback += decision.Gate.Path == GatePath.HdcFallback ? 1 : 0;
            late += decision.Gate.Latency > Budget ? 1 : 0;
            latencies.Add(decision.Gate.Latency.TotalMilliseconds);
        }

        crash?.Dispose();
        latencies.Sort();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(c, "{0,-8} {1,-6} {2,-10} {3,-8} {4,-9} {5,-9} {6,-7} {7,-7} {8}",
            "windows", "open", "open ratio", "primary", "fallback", "p50 ms", "p99 ms", "budget", "gflownet_v2"));
        Console.WriteLine(string.Format(c, "{0,-8} {1,-6} {2,-10:0.00} {3,-8} {4,-9} {5,-9:0.000} {6,-7:0.000} {7,-7} {8}",
            Windows, open, (double)open / Windows, primary, fallback, Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            Budget.TotalMilliseconds + " ms", decider.Policy.Name == "gflownet_v2" ? "on" : "off"));
        Console.WriteLine($"chaos drill: the primary crashed from window {Windows / 2}; {late} answer(s) after the budget");
        foreach (var adr in Adrs.All)
            Console.WriteLine($"ADR {adr.Number}: {adr.Title} ({adr.Status})");
        return late == 0 ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
