using System;
using System.Collections.Generic;
using System.Globalization;
using EmilySovereign.Build.Diagnostics;

namespace EmilySovereign.Build.PreCommit.Engine;

/// <summary>
/// Which staged-content checks run and how. Built from MSBuild properties by -t:PreCommit and the hook installer, and
/// from the command line by the hook host, which is why it round-trips through <see cref="ToArguments"/>.
/// </summary>
internal sealed class PreCommitOptions
{
    public const int DefaultMaxFileSizeKB = 500;
    public const string DefaultAllowListPath = ".secrets-allowlist";

    private readonly SortedSet<string> _disabled = new(StringComparer.Ordinal);

    /// <summary>Files bigger than this many KB (1024 bytes) are reported by ES6004.</summary>
    public int MaxFileSizeKB { get; set; } = DefaultMaxFileSizeKB;

    /// <summary>Repository-relative path of the secrets allow-list, read from the index like everything else.</summary>
    public string SecretsAllowListPath { get; set; } = DefaultAllowListPath;

    /// <summary>ES6010 (dotnet format) starts a process and is slow, so it is off unless asked for.</summary>
    public bool RunDotnetFormat { get; set; }

    /// <summary>Checks every file in the index, not only the staged changes: the whole tree, as CI wants it.</summary>
    public bool AllTrackedFiles { get; set; }

    /// <summary>Path globs (repository-relative, <c>**</c> crosses folders) of files no check reads.</summary>
    public List<string> ExcludedPaths { get; } = new();

    public IEnumerable<string> DisabledRuleIds => _disabled;

    public long MaxFileSizeBytes => MaxFileSizeKB * 1024L;

    public void Disable(string ruleId) => _disabled.Add(ruleId.Trim().ToUpperInvariant());

    public bool IsEnabled(BuildRule rule) =>
        rule == BuildRules.Format ? RunDotnetFormat && !_disabled.Contains(rule.Id) : !_disabled.Contains(rule.Id);

    /// <summary>The hook host's command line for these options (only what differs from the defaults).</summary>
    public IReadOnlyList<string> ToArguments()
    {
        var arguments = new List<string>();
        foreach (var id in _disabled)
        {
            arguments.Add("--off");
            arguments.Add(id);
        }

        if (MaxFileSizeKB != DefaultMaxFileSizeKB)
        {
            arguments.Add("--max-file-size-kb");
            arguments.Add(MaxFileSizeKB.ToString(CultureInfo.InvariantCulture));
        }

        if (SecretsAllowListPath != DefaultAllowListPath)
        {
            arguments.Add("--allowlist");
            arguments.Add(SecretsAllowListPath);
        }

        if (RunDotnetFormat)
            arguments.Add("--format");
        if (AllTrackedFiles)
            arguments.Add("--all");
        foreach (var glob in ExcludedPaths)
        {
            arguments.Add("--exclude");
            arguments.Add(glob);
        }

        return arguments;
    }

    /// <summary>Reads <see cref="ToArguments"/> back; throws <see cref="ArgumentException"/> on anything else.</summary>
    public static PreCommitOptions Parse(IReadOnlyList<string> arguments)
    {
        var options = new PreCommitOptions();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--off":
                    options.Disable(ValueAfter(arguments, ref i));
                    break;
                case "--max-file-size-kb":
                    var text = ValueAfter(arguments, ref i);
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) || kb <= 0)
                        throw new ArgumentException("--max-file-size-kb needs a positive whole number, not '" + text + "'");
                    options.MaxFileSizeKB = kb;
                    break;
                case "--allowlist":
                    options.SecretsAllowListPath = ValueAfter(arguments, ref i);
                    break;
                case "--format":
                    options.RunDotnetFormat = true;
                    break;
                case "--all":
                    options.AllTrackedFiles = true;
                    break;
                case "--exclude":
                    options.ExcludedPaths.Add(ValueAfter(arguments, ref i));
                    break;
                default:
                    throw new ArgumentException("unknown option '" + arguments[i] + "'");
            }
        }

        return options;
    }

    private static string ValueAfter(IReadOnlyList<string> arguments, ref int i)
    {
        if (i + 1 >= arguments.Count)
            throw new ArgumentException(arguments[i] + " needs a value");
        return arguments[++i];
    }
}
