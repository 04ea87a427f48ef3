using System;
using System.IO;
using EmilySovereign.Build.PreCommit;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Hook;

/// <summary>
/// <c>dotnet exec EmilySovereign.Hook.dll [--off ES60xx] [--max-file-size-kb N] [--allowlist path] [--format]</c>:
/// checks what is staged in the repository of the current folder. Exit code 0 clean, 1 problems, 2 cannot run.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        PreCommitOptions options;
        try
        {
            options = PreCommitOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("EmilySovereign.Hook: " + e.Message);
            return 2;
        }

        var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        var exitCode = PreCommitRunner.Run(Directory.GetCurrentDirectory(), options, output, Console.Error);
        output.Flush();
        return exitCode;
    }
}
