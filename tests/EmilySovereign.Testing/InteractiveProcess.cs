using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace EmilySovereign.Testing;

/// <summary>
/// A process a test talks to while it runs: its output lines arrive as it prints them, its standard input stays open
/// until the test closes it. Disposing kills the process tree if it is still running.
/// </summary>
public sealed class InteractiveProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly StringBuilder _output = new();

    private InteractiveProcess(Process process) => _process = process;

    /// <summary>Everything printed so far, standard output and error interleaved as received.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static InteractiveProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);

        var running = new InteractiveProcess(new Process { StartInfo = info });
        running._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                running._lines.CompleteAdding();
                return;
            }

            running.Append(e.Data);
            running._lines.Add(e.Data);
        };
        running._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) running.Append(e.Data); };
        running._process.Start();
        running._process.BeginOutputReadLine();
        running._process.BeginErrorReadLine();
        return running;
    }

    /// <summary>The first line of standard output not yet taken that <paramref name="match"/> accepts; null if the
    /// output ends or <paramref name="timeout"/> passes first.</summary>
    public string? WaitForLine(Func<string, bool> match, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        for (var left = timeout; left > TimeSpan.Zero; left = timeout - clock.Elapsed)
        {
            // False when the time is up or the output ended with every line taken.
            if (!_lines.TryTake(out var line, left))
                return null;
            if (match(line))
                return line;
        }

        return null;
    }

    /// <summary>Closes standard input and waits for the process to end; its exit code, or null if it did not end in time.</summary>
    public int? CloseInputAndWait(TimeSpan timeout)
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit((int)timeout.TotalMilliseconds))
            return null;
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _lines.Dispose();
    }

    private void Append(string line)
    {
        lock (_output)
            _output.AppendLine(line);
    }
}
