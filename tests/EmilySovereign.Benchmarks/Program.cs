using System;
using BenchmarkDotNet.Running;
using EmilySovereign.Benchmarks.Latency;
using EmilySovereign.Benchmarks.Layers;

namespace EmilySovereign.Benchmarks;

public static class Program
{
    /// <summary>
    /// BenchmarkDotNet's switcher, or <c>layers-once &lt;Dense|Kept|Clean&gt; &lt;types&gt; &lt;peer|replay|both[,…]&gt; &lt;runs&gt;</c>: one
    /// process that analyzes the layered codebase a few times and exits, for instruction counts with
    /// <c>valgrind --tool=callgrind</c> (with <c>DOTNET_TieredCompilation=0</c> and <c>DOTNET_EnableHWIntrinsic=0</c>: the
    /// runtime's vectorized <c>Array.Clear</c> fails under valgrind 3.19), which stay the same however loaded the
    /// machine is. The difference between two runs and one is the cost of one analysis, without start-up and JIT.
    /// Both modes mark the end of the set-up and of each run (below).
    /// <c>latency-once &lt;modules&gt; &lt;idle|latency|binding|binding+latency&gt; &lt;runs&gt; [WorstCase|Realistic]</c> does
    /// the same for the latency analyzer's codebase (<see cref="LatencyAnalyzerBenchmarks"/>). Several analyzer sets
    /// separated by commas run one after the other in one process; after the set-up and after each run it calls
    /// <c>getppid()</c>, which nothing else calls during a compilation, so that <c>--dump-before=getppid</c> writes one
    /// profile per run: a set's second run, with everything already compiled by the JIT, is one analysis. Each run
    /// prints its CPU time and the bytes it allocated: sets repeated in one process (<c>peer,replay,both,peer,…</c>)
    /// alternate them, for comparisons where valgrind cannot go (it ends the runtime on large Dense runs).
    /// <c>gate-stress &lt;trials per fault kind&gt;</c> is the attention gate's long chaos drill (<see cref="Attention.GateStress"/>).
    /// <c>layers-write &lt;folder&gt; &lt;types&gt; &lt;Dense|Kept|Clean&gt;</c> writes the layered codebase's sources and
    /// architecture.json (<see cref="LayeredCodebase.Write"/>) for Layers/report-analyzer.sh.
    /// <c>scale-generate &lt;folder&gt; &lt;types&gt; &lt;analyzers.dll&gt; &lt;generators.dll&gt; &lt;runtime.dll&gt;</c> writes the
    /// everything-at-once project of <see cref="Scale.ScaleCodebase"/> (Scale/report-scale.sh builds it).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "gate-stress")
        {
            return Attention.GateStress.Run(long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args.Length == 5 && args[0] == "layers-once")
        {
            var benchmarks = new LayerAnalyzerBenchmarks { Rules = args[1], Types = int.Parse(args[2]), Concurrent = false };
            benchmarks.Setup();
            RunSets(args[3], int.Parse(args[4]), set => set switch
            {
                "peer" => benchmarks.WithBindingPeer(),
                "replay" => benchmarks.WithBindingPeerAndReplay(),
                _ => benchmarks.WithBindingPeerAndLayerAnalyzer(),
            });
            return 0;
        }

        if (args.Length == 4 && args[0] == "layers-write")
        {
            LayeredCodebase.Write(args[1], int.Parse(args[2]), args[3]);
            return 0;
        }

        if (args.Length is 4 or 5 && args[0] == "latency-once")
        {
            var benchmarks = new LatencyAnalyzerBenchmarks
            {
                Modules = int.Parse(args[1]),
                Codebase = args.Length == 5 ? args[4] : LatencyCodebase.WorstCase,
            };
            benchmarks.Setup();
            RunSets(args[2], int.Parse(args[3]), analyzers => benchmarks.Run(analyzers).GetAwaiter().GetResult());
            return 0;
        }

        if (args.Length == 6 && args[0] == "scale-generate")
        {
            Scale.ScaleCodebase.Write(args[1], int.Parse(args[2]), args[3], args[4], args[5]);
            return 0;
        }

        if (args.Length == 4 && args[0] == "scale-once")
        {
            Scale.ScaleAnalysis.Run(int.Parse(args[1]), args[2], int.Parse(args[3]));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    // Runs each comma-separated set in turn, marking the end of the set-up and of every run, and prints each run's CPU
    // time and allocations.
    private static void RunSets(string sets, int runs, Func<string, int> analyze)
    {
        Mark();
        foreach (var set in sets.Split(','))
        {
            for (var run = 0; run < runs; run++)
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var diagnostics = analyze(set);
                cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                Mark();
                Console.WriteLine($"{set} {diagnostics} diagnostics {cpu.TotalMilliseconds:0} ms CPU {allocated / 1e6:0.0} MB");
            }
        }
    }

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "getppid")]
    private static extern int GetParentProcessId();

    private static void Mark()
    {
        if (OperatingSystem.IsLinux())
            GetParentProcessId();
    }
}
