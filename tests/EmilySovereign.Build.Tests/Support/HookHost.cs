using System.Collections.Generic;
using System.IO;
using EmilySovereign.Testing;

namespace EmilySovereign.Build.Tests.Support;

/// <summary>The built hook host (and the task assembly beside it), as the package ships them in build/tasks/.</summary>
internal static class HookHost
{
    // Tests run from tests/.../bin/<Configuration>/<tfm>/; the host was built with the same configuration.
    private static readonly string Configuration = new DirectoryInfo(System.AppContext.BaseDirectory).Parent!.Name;

    public static string Folder => RepositoryPaths.Combine("src", "Build", "Hook", "bin", Configuration, "net8.0");

    public static string Assembly => Path.Combine(Folder, "EmilySovereign.Hook.dll");

    public static string TasksAssembly => Path.Combine(Folder, "EmilySovereign.Build.dll");

    /// <summary>Runs the host the way the hook does: <c>dotnet exec</c> in the repository root.</summary>
    public static ProcessResult Run(string repository, params string[] arguments) =>
        DotnetCli.Run(repository, ["exec", Assembly, .. arguments]);
}
