using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EmilySovereign.Analyzers.Latency;
using EmilySovereign.Testing;
using static EmilySovereign.Testing.Roslyn.AnalyzerVerifier<EmilySovereign.Analyzers.Latency.LatencyBudgetAnalyzer>;

namespace EmilySovereign.Analyzers.Tests.Latency;

/// <summary>ES2002 for every entry of the shipped catalog: one call each, in a method with a 50 ms budget.</summary>
public sealed class ES2002BlockingCatalogEntryTests
{
    // The statement that calls each catalogued member; the marked span is where ES2002 is expected.
    private static readonly Dictionary<string, string> Calls = new()
    {
        ["M:System.Threading.Thread.Sleep"] = "{|#0:Thread.Sleep(1)|};",
        ["M:System.Threading.Thread.Join"] = "{|#0:thread.Join()|};",
        ["M:System.Threading.SpinWait.SpinUntil"] = "{|#0:SpinWait.SpinUntil(() => true)|};",
        ["M:System.Threading.Tasks.Task.Wait"] = "{|#0:task.Wait()|};",
        ["M:System.Threading.Tasks.Task.WaitAll"] = "{|#0:Task.WaitAll(task)|};",
        ["M:System.Threading.Tasks.Task.WaitAny"] = "{|#0:Task.WaitAny(task)|};",
        ["M:System.Threading.Tasks.Task.RunSynchronously"] = "{|#0:task.RunSynchronously()|};",
        ["P:System.Threading.Tasks.Task`1.Result"] = "_ = {|#0:taskOfInt.Result|};",
        ["P:System.Threading.Tasks.ValueTask`1.Result"] = "_ = {|#0:valueTaskOfInt.Result|};",
        ["M:System.Runtime.CompilerServices.TaskAwaiter.GetResult"] = "{|#0:task.GetAwaiter().GetResult()|};",
        ["M:System.Runtime.CompilerServices.TaskAwaiter`1.GetResult"] = "_ = {|#0:taskOfInt.GetAwaiter().GetResult()|};",
        ["M:System.Runtime.CompilerServices.ValueTaskAwaiter.GetResult"] = "{|#0:valueTask.GetAwaiter().GetResult()|};",
        ["M:System.Runtime.CompilerServices.ValueTaskAwaiter`1.GetResult"] = "_ = {|#0:valueTaskOfInt.GetAwaiter().GetResult()|};",
        ["M:System.Runtime.CompilerServices.ConfiguredTaskAwaitable.ConfiguredTaskAwaiter.GetResult"] = "{|#0:task.ConfigureAwait(false).GetAwaiter().GetResult()|};",
        ["M:System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1.ConfiguredTaskAwaiter.GetResult"] = "_ = {|#0:taskOfInt.ConfigureAwait(false).GetAwaiter().GetResult()|};",
        ["M:System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable.ConfiguredValueTaskAwaiter.GetResult"] = "{|#0:valueTask.ConfigureAwait(false).GetAwaiter().GetResult()|};",
        ["M:System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1.ConfiguredValueTaskAwaiter.GetResult"] = "_ = {|#0:valueTaskOfInt.ConfigureAwait(false).GetAwaiter().GetResult()|};",
        ["M:System.Threading.WaitHandle.WaitOne"] = "{|#0:handle.WaitOne()|};",
        ["M:System.Threading.WaitHandle.WaitAll"] = "{|#0:WaitHandle.WaitAll(new[] { handle })|};",
        ["M:System.Threading.WaitHandle.WaitAny"] = "{|#0:WaitHandle.WaitAny(new[] { handle })|};",
        ["M:System.Threading.WaitHandle.SignalAndWait"] = "{|#0:WaitHandle.SignalAndWait(handle, handle)|};",
        ["M:System.Threading.Monitor.Enter"] = "{|#0:Monitor.Enter(gate)|};",
        ["M:System.Threading.Monitor.TryEnter(System.Object,System.Int32)"] = "{|#0:Monitor.TryEnter(gate, Timeout.Infinite)|};",
        ["M:System.Threading.Monitor.TryEnter(System.Object,System.TimeSpan)"] = "{|#0:Monitor.TryEnter(gate, Timeout.InfiniteTimeSpan)|};",
        ["M:System.Threading.Monitor.TryEnter(System.Object,System.Int32,System.Boolean@)"] = "{|#0:Monitor.TryEnter(gate, Timeout.Infinite, ref taken)|};",
        ["M:System.Threading.Monitor.TryEnter(System.Object,System.TimeSpan,System.Boolean@)"] = "{|#0:Monitor.TryEnter(gate, Timeout.InfiniteTimeSpan, ref taken)|};",
        ["M:System.Threading.Monitor.Wait"] = "{|#0:Monitor.Wait(gate)|};",
        ["M:System.Threading.SemaphoreSlim.Wait"] = "{|#0:semaphore.Wait()|};",
        ["M:System.Threading.ManualResetEventSlim.Wait"] = "{|#0:resetEvent.Wait()|};",
        ["M:System.Threading.CountdownEvent.Wait"] = "{|#0:countdown.Wait()|};",
        ["M:System.Threading.Barrier.SignalAndWait"] = "{|#0:barrier.SignalAndWait()|};",
        ["M:System.Threading.ReaderWriterLockSlim.EnterReadLock"] = "{|#0:readerWriter.EnterReadLock()|};",
        ["M:System.Threading.ReaderWriterLockSlim.EnterWriteLock"] = "{|#0:readerWriter.EnterWriteLock()|};",
        ["M:System.Threading.ReaderWriterLockSlim.EnterUpgradeableReadLock"] = "{|#0:readerWriter.EnterUpgradeableReadLock()|};",
        ["M:System.Collections.Concurrent.BlockingCollection`1.Take"] = "_ = {|#0:queue.Take()|};",
        ["M:System.Collections.Concurrent.BlockingCollection`1.TryTake(`0@,System.Int32)"] = "{|#0:queue.TryTake(out _, Timeout.Infinite)|};",
        ["M:System.Collections.Concurrent.BlockingCollection`1.TryTake(`0@,System.TimeSpan)"] = "{|#0:queue.TryTake(out _, Timeout.InfiniteTimeSpan)|};",
        ["M:System.Collections.Concurrent.BlockingCollection`1.TryTake(`0@,System.Int32,System.Threading.CancellationToken)"] = "{|#0:queue.TryTake(out _, Timeout.Infinite, CancellationToken.None)|};",
        ["M:System.Threading.Tasks.Parallel.For"] = "{|#0:Parallel.For(0, 2, i => { })|};",
        ["M:System.Threading.Tasks.Parallel.ForEach"] = "{|#0:Parallel.ForEach(new[] { 1 }, i => { })|};",
        ["M:System.Threading.Tasks.Parallel.Invoke"] = "{|#0:Parallel.Invoke(() => { })|};",
        ["M:System.Diagnostics.Process.WaitForExit"] = "{|#0:process.WaitForExit()|};",
        ["M:System.Diagnostics.Process.WaitForInputIdle"] = "{|#0:process.WaitForInputIdle()|};",
        ["M:System.Console.Read"] = "{|#0:Console.Read()|};",
        ["M:System.Console.ReadLine"] = "{|#0:Console.ReadLine()|};",
        ["M:System.Console.ReadKey"] = "{|#0:Console.ReadKey()|};",
        ["M:System.IO.File.ReadAllText"] = "{|#0:File.ReadAllText(\"a\")|};",
        ["M:System.IO.File.ReadAllBytes"] = "{|#0:File.ReadAllBytes(\"a\")|};",
        ["M:System.IO.File.ReadAllLines"] = "{|#0:File.ReadAllLines(\"a\")|};",
        ["M:System.IO.File.ReadLines"] = "{|#0:File.ReadLines(\"a\")|};",
        ["M:System.IO.File.WriteAllText"] = "{|#0:File.WriteAllText(\"a\", \"b\")|};",
        ["M:System.IO.File.WriteAllBytes"] = "{|#0:File.WriteAllBytes(\"a\", buffer)|};",
        ["M:System.IO.File.WriteAllLines"] = "{|#0:File.WriteAllLines(\"a\", new[] { \"b\" })|};",
        ["M:System.IO.File.AppendAllText"] = "{|#0:File.AppendAllText(\"a\", \"b\")|};",
        ["M:System.IO.File.AppendAllLines"] = "{|#0:File.AppendAllLines(\"a\", new[] { \"b\" })|};",
        ["M:System.IO.File.Copy"] = "{|#0:File.Copy(\"a\", \"b\")|};",
        ["M:System.IO.File.Move"] = "{|#0:File.Move(\"a\", \"b\")|};",
        ["M:System.IO.File.Replace"] = "{|#0:File.Replace(\"a\", \"b\", \"c\")|};",
        ["M:System.IO.Stream.Read"] = "{|#0:stream.Read(buffer, 0, 1)|};",
        ["M:System.IO.Stream.ReadByte"] = "{|#0:stream.ReadByte()|};",
        ["M:System.IO.Stream.ReadExactly"] = "{|#0:stream.ReadExactly(buffer)|};",
        ["M:System.IO.Stream.ReadAtLeast"] = "{|#0:stream.ReadAtLeast(buffer, 1)|};",
        ["M:System.IO.Stream.Write"] = "{|#0:stream.Write(buffer, 0, 1)|};",
        ["M:System.IO.Stream.WriteByte"] = "{|#0:stream.WriteByte(1)|};",
        ["M:System.IO.Stream.CopyTo"] = "{|#0:stream.CopyTo(stream)|};",
        ["M:System.IO.Stream.Flush"] = "{|#0:stream.Flush()|};",
        ["M:System.IO.StreamReader.ReadToEnd"] = "{|#0:reader.ReadToEnd()|};",
        ["M:System.IO.StreamReader.ReadLine"] = "{|#0:reader.ReadLine()|};",
        ["M:System.Net.Http.HttpClient.Send"] = "{|#0:http.Send(request)|};",
        ["M:System.Net.Sockets.Socket.Accept"] = "{|#0:socket.Accept()|};",
        ["M:System.Net.Sockets.Socket.Connect"] = "{|#0:socket.Connect(\"localhost\", 80)|};",
        ["M:System.Net.Sockets.Socket.Receive"] = "{|#0:socket.Receive(buffer)|};",
        ["M:System.Net.Sockets.Socket.Send"] = "{|#0:socket.Send(buffer)|};",
    };

    public static TheoryData<string> Entries() => new(Calls.Keys);

    [Fact]
    public void Every_shipped_entry_has_a_test_call()
    {
        Assert.Empty(BlockingCatalog.Shipped.Ids.Except(Calls.Keys));
        Assert.Empty(BlockingCatalog.Shipped.Errors);
    }

    [Fact]
    public void Every_shipped_entry_is_listed_in_the_rule_docs()
    {
        var page = System.IO.File.ReadAllText(RuleDocs.PagePath("ES2002"));
        Assert.DoesNotContain(BlockingCatalog.Shipped.Ids, id => !page.Contains("| `" + id + "` |", System.StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public Task Entry_is_reported_in_a_budgeted_method(string entry)
    {
        Assert.True(BlockingCatalog.Shipped.TryGetReason(entry, out var reason));
        var source = $$"""
            using System;
            using System.Collections.Concurrent;
            using System.Diagnostics;
            using System.IO;
            using System.Net.Http;
            using System.Net.Sockets;
            using System.Threading;
            using System.Threading.Tasks;
            using EmilySovereign;

            class Gate
            {
                [LatencyBudget(50)]
                void Open(Task task, Task<int> taskOfInt, ValueTask valueTask, ValueTask<int> valueTaskOfInt, Thread thread,
                    WaitHandle handle, object gate, SemaphoreSlim semaphore, ManualResetEventSlim resetEvent, CountdownEvent countdown,
                    Barrier barrier, ReaderWriterLockSlim readerWriter, BlockingCollection<int> queue, Process process, Stream stream,
                    StreamReader reader, HttpClient http, HttpRequestMessage request, Socket socket, byte[] buffer)
                {
                    bool taken = false;
                    {{Calls[entry]}}
                }
            }
            """;
        return VerifyAnalyzerAsync(source,
            Diagnostic("ES2002").WithLocation(0).WithArguments("Open", "50", "Open → " + ExpectedName(entry), reason));
    }

    /// <summary><c>M:System.Threading.Tasks.Task`1.Result</c> → <c>Task.Result</c>, as the message names it.</summary>
    private static string ExpectedName(string entry)
    {
        var id = entry.Substring(2);
        var parameters = id.IndexOf('(');
        if (parameters >= 0)
            id = id.Substring(0, parameters);
        var parts = id.Split('.');
        var type = parts[^2];
        var tick = type.IndexOf('`');
        return (tick >= 0 ? type.Substring(0, tick) : type) + "." + parts[^1];
    }
}
