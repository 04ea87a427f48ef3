using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;

namespace EmilySovereign.Build.Tests.Support;

/// <summary>
/// Runs a task in the test's own process, recording what it logs: the targets' tests build real projects in child
/// processes, where a mutation-testing run cannot see which tests reach a task's code.
/// </summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    /// <summary>Each error and warning as <c>file(line,col): ID: message</c>, errors first.</summary>
    public IEnumerable<string> Diagnostics =>
        Errors.Select(e => $"{e.File}({e.LineNumber},{e.ColumnNumber}): error {e.Code}: {e.Message}")
            .Concat(Warnings.Select(w => $"{w.File}({w.LineNumber},{w.ColumnNumber}): warning {w.Code}: {w.Message}"));

    /// <summary>Each message with its importance, in order.</summary>
    public IEnumerable<(string Message, MessageImportance Importance)> LoggedMessages =>
        Messages.Select(m => (m.Message ?? string.Empty, m.Importance));

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.proj";

    public static T Attach<T>(T task, out RecordingBuildEngine engine)
        where T : ITask
    {
        engine = new RecordingBuildEngine();
        task.BuildEngine = engine;
        return task;
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
}
