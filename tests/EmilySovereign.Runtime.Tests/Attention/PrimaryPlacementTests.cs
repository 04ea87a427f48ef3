using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Xml.Linq;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

/// <summary>
/// Where the primary runs (ADR 12): the built-in kernel on the caller's thread, any other primary and any chaos
/// injection on a worker that is abandoned at the timeout. A worker job passes the hand-off hooks; an inline call
/// passes none, so counting them tells the two apart whatever the machine's speed.
/// </summary>
public sealed class PrimaryPlacementTests
{
    private static readonly SignalWindow Alpha = AttentionGens.Sine(10, 0.5, seed: 31);

    /// <summary>
    /// A circuit that never opens, so every call meets the hang and answers Timeout: a late answer that the budget check
    /// asks again must not meet a circuit opened by the earlier calls (CircuitOpen proves nothing about abandoning).
    /// </summary>
    private const int NeverOpens = int.MaxValue;

    [Fact]
    public void The_default_gate_answers_from_the_built_in_primary_without_a_worker()
    {
        using var gate = new AlphaAttentionGate();
        int handOffs = CountHandOffs(gate, () =>
        {
            for (int i = 0; i < 100; i++)
            {
                GateResult result = AttentionGens.PrimaryAnswer(gate, Alpha);
                Assert.Equal(new AlphaBandBackend().Estimate(Alpha).AlphaPower, result.AlphaPower);
            }
        });

        Assert.True(gate.RunsPrimaryInline);
        Assert.Equal(0, handOffs);
    }

    [Fact]
    public void An_explicit_built_in_primary_runs_inline_too_unless_the_option_says_worker()
    {
        using var builtIn = new AlphaAttentionGate(new AlphaAttentionGateOptions { Primary = new AlphaBandBackend() });
        using var worker = new AlphaAttentionGate(new AlphaAttentionGateOptions { RunPrimaryInline = false });

        Assert.True(builtIn.RunsPrimaryInline);
        Assert.False(worker.RunsPrimaryInline);
        Assert.True(CountHandOffs(worker, () => AttentionGens.PrimaryAnswer(worker, Alpha)) > 0);
    }

    [Fact]
    public void A_custom_primary_runs_on_a_worker_thread()
    {
        var primary = new RecordingBackend();
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { Primary = primary });

        int handOffs = CountHandOffs(gate, () => AttentionGens.PrimaryAnswer(gate, Alpha));

        Assert.False(gate.RunsPrimaryInline);
        Assert.True(handOffs > 0);
        Assert.NotEqual(Environment.CurrentManagedThreadId, primary.LastThread);
    }

    [Fact]
    public void A_hung_custom_primary_is_abandoned_within_budget()
    {
        using var release = new ManualResetEventSlim();
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { Primary = new HangingBackend(release), FailuresToOpenCircuit = NeverOpens });
        try
        {
            GateResult result = AttentionGens.WithinBudget(gate, Alpha);
            Assert.Equal(GatePath.HdcFallback, result.Path);
            Assert.Equal(FallbackReason.Timeout, result.Reason);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public void Chaos_on_the_default_gate_runs_on_a_worker_and_a_hang_is_abandoned_within_budget()
    {
        using var gate = new AlphaAttentionGate(new AlphaAttentionGateOptions { FailuresToOpenCircuit = NeverOpens });
        int handOffs = CountHandOffs(gate, () =>
        {
            using (AttentionChaos.Hang(gate))
            {
                GateResult result = AttentionGens.WithinBudget(gate, Alpha);
                Assert.Equal(GatePath.HdcFallback, result.Path);
                Assert.Equal(FallbackReason.Timeout, result.Reason);
            }
        });

        Assert.True(handOffs > 0);

        // The injection gone, the built-in primary is back on the caller's thread.
        Thread.Sleep(50); // the released worker frees its slot
        Assert.Equal(0, CountHandOffs(gate, () => AttentionGens.PrimaryAnswer(gate, Alpha)));
    }

    [Fact]
    public void The_public_docs_say_where_the_primary_runs()
    {
        string option = Summary("P:EmilySovereign.Attention.AlphaAttentionGateOptions.RunPrimaryInline");
        Assert.Contains("null (the default): on the caller's thread when it is the built-in AlphaBandBackend", option);
        Assert.Contains("cannot hang; on a worker thread for any other IAttentionBackend", option);
        Assert.Contains("true: always on the caller's thread", option);
        Assert.Contains("false: always on a worker, which abandons a primary still running at PrimaryTimeout", option);
        Assert.Contains("while an AttentionChaos injection is installed the primary runs on a worker", option);

        string gate = Summary("T:EmilySovereign.Attention.AlphaAttentionGate");
        Assert.Contains("The built-in primary (AlphaBandBackend) runs on the caller's thread", gate);
        Assert.Contains("runs on the gate's worker threads and is abandoned at its timeout", gate);

        string backend = Remarks("T:EmilySovereign.Attention.IAttentionBackend");
        Assert.Contains("calls your implementation on its own worker thread and abandons a call", backend);
    }

    private static int CountHandOffs(AlphaAttentionGate gate, Action calls)
    {
        int handOffs = 0;
        gate.Workers.Hooks = new HandOffTestHooks { BeforeAwait = () => Interlocked.Increment(ref handOffs) };
        try
        {
            calls();
        }
        finally
        {
            gate.Workers.Hooks = null;
        }

        return Volatile.Read(ref handOffs);
    }

    private static string Summary(string member) => DocText(member, "summary");

    private static string Remarks(string member) => DocText(member, "remarks");

    /// <summary>The member's documentation as a reader sees it: cref and langword as their names, whitespace folded.</summary>
    private static string DocText(string member, string element)
    {
        string path = Path.ChangeExtension(typeof(AlphaAttentionGate).Assembly.Location, ".xml");
        XElement node = XDocument.Load(path).Descendants("member").Single(m => (string?)m.Attribute("name") == member).Element(element)!;
        string text = string.Concat(node.DescendantNodes().Select(n => n switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" } see => Name((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? ""),
            _ => "",
        }));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Name(string reference) => reference[(reference.LastIndexOfAny([':', '.']) + 1)..];

    private sealed class RecordingBackend : IAttentionBackend
    {
        private readonly AlphaBandBackend _inner = new();

        public int LastThread { get; private set; }

        public AlphaEstimate Estimate(in SignalWindow window)
        {
            LastThread = Environment.CurrentManagedThreadId;
            return _inner.Estimate(in window);
        }
    }

    private sealed class HangingBackend(ManualResetEventSlim release) : IAttentionBackend
    {
        public AlphaEstimate Estimate(in SignalWindow window)
        {
            release.Wait();
            return default;
        }
    }
}
