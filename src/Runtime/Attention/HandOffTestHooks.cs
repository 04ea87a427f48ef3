using System;

namespace EmilySovereign.Attention;

/// <summary>
/// Points in the hand-off between a caller and its worker where a test can pause one side, to replay an interleaving
/// the scheduler produces only rarely. Null in production: each point costs one field read.
/// </summary>
internal sealed class HandOffTestHooks
{
    /// <summary>On the caller, after it started its job and before it waits for the answer.</summary>
    public Action? BeforeAwait { get; set; }

    /// <summary>On the caller, just before it blocks on the worker's signal.</summary>
    public Action? BeforeBlock { get; set; }

    /// <summary>On the worker, after it took a job and before it runs the primary.</summary>
    public Action? BeforeRun { get; set; }

    /// <summary>On the worker, after its job is marked completed and before it signals the caller.</summary>
    public Action? AfterCompleted { get; set; }
}
