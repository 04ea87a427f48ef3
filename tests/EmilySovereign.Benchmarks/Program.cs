using System;
using BenchmarkDotNet.Running;
using EmilySovereign.Benchmarks.Latency;
using EmilySovereign.Benchmarks.Layers;

namespace EmilySovereign.Benchmarks;

public static class Program
{
    /// <summary>
    /// BenchmarkDotNet's switcher, or <c>layers-once &lt;Dense|Kept|Clean&gt; &lt;types&gt; &lt;peer|both&gt; &lt;runs&gt;</c>: one
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
    /// prints its CPU time: sets repeated in one process (<c>binding,binding+latency,binding,…</c>) alternate them.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Length == 5 && args[0] == "layers-once")
        {
            var benchmarks = new LayerAnalyzerBenchmarks { Rules = args[1], Types = int.Parse(args[2]), Concurrent = false };
            benchmarks.Setup();
            Mark();
            for (var run = 0; run < int.Parse(args[4]); run++)
            {
                Console.WriteLine(args[3] == "peer" ? benchmarks.WithBindingPeer() : benchmarks.WithBindingPeerAndLayerAnalyzer());
                Mark();
            }

            return;
        }

        if (args.Length is 4 or 5 && args[0] == "latency-once")
        {
            var benchmarks = new LatencyAnalyzerBenchmarks
            {
                Modules = int.Parse(args[1]),
                Codebase = args.Length == 5 ? args[4] : LatencyCodebase.WorstCase,
            };
            benchmarks.Setup();
            Mark();
            foreach (var analyzers in args[2].Split(','))
            {
                for (var run = 0; run < int.Parse(args[3]); run++)
                {
                    var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                    var diagnostics = benchmarks.Run(analyzers).GetAwaiter().GetResult();
                    cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
                    Mark();
                    Console.WriteLine($"{analyzers} {diagnostics} diagnostics {cpu.TotalMilliseconds:0} ms CPU");
                }
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "getppid")]
    private static extern int GetParentProcessId();

    private static void Mark()
    {
        if (OperatingSystem.IsLinux())
            GetParentProcessId();
    }
}
