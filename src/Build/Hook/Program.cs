using System;
using System.IO;
using System.Text;
using EmilySovereign.Build.PreCommit;
using EmilySovereign.Build.PreCommit.Engine;

namespace EmilySovereign.Hook;

/// <summary>
/// <c>dotnet exec EmilySovereign.Hook.dll [--off ES60xx] [--max-file-size-kb N] [--allowlist path] [--format] [--all]</c>:
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

        // Plain UTF-8 writers: Console.Out/Error would first probe the terminal's encoding, which costs start-up time.
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        using var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false));
        return PreCommitRunner.Run(Directory.GetCurrentDirectory(), options, output, error);
    }
}
