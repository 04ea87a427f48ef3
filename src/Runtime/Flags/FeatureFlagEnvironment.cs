using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace EmilySovereign;

/// <summary>
/// The environment variables <c>EMILY_FLAG_&lt;NAME&gt;</c>. Each flag reads its variable once, when the generated
/// <c>FeatureFlags</c> class is initialized (at the latest at its first read), so a read never touches the environment;
/// <see cref="Reload"/> reads them all again. <c>true</c>/<c>false</c>/<c>1</c>/<c>0</c> (any case) set the flag;
/// <c>2</c> to <c>100</c>, or any of <c>0%</c> to <c>100%</c>, set a rollout percent. Anything else is ignored and
/// reported once through <see cref="MalformedValue"/>; nothing here ever throws.
/// </summary>
public static class FeatureFlagEnvironment
{
    /// <summary>The value a flag reads when its variable is not set.</summary>
    internal const int NotSet = -1;

    /// <summary>The value for <c>false</c>; 0 to 100 are percents.</summary>
    internal const int Off = 1000;

    /// <summary>The value for <c>true</c>.</summary>
    internal const int On = 1001;

    private static readonly ConditionalWeakTable<DeclaredFeatureFlag, object?> Flags = new();
    private static readonly HashSet<(string Variable, string Value)> Reported = new();
    private static readonly List<MalformedFeatureFlagValueEventArgs> Problems = new();

    /// <summary>Raised once per variable and malformed value, when a flag reads it; the value is then ignored.</summary>
    public static event EventHandler<MalformedFeatureFlagValueEventArgs>? MalformedValue;

    /// <summary>Every malformed value reported so far, for observers that subscribe after the flags were read.</summary>
    public static IReadOnlyList<MalformedFeatureFlagValueEventArgs> MalformedValues
    {
        get
        {
            lock (Reported)
                return Problems.ToArray();
        }
    }

    /// <summary>Reads the environment variable of every flag again (for a process that changes its own environment).</summary>
    public static void Reload()
    {
        foreach (var pair in Flags)
            pair.Key.ReadEnvironment();
    }

    /// <summary><c>gflownet_v2</c> → <c>EMILY_FLAG_GFLOWNET_V2</c>; <c>-</c> and <c>.</c> become <c>_</c>.</summary>
    public static string VariableFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "EMILY_FLAG_" + name.ToUpperInvariant().Replace('-', '_').Replace('.', '_');
    }

    internal static void Track(DeclaredFeatureFlag flag) => Flags.AddOrUpdate(flag, null);

    /// <summary>The value of <paramref name="variable"/>: <see cref="NotSet"/>, <see cref="Off"/>, <see cref="On"/> or a percent.</summary>
    internal static int Read(string flagName, string variable)
    {
        string? text;
        try
        {
            text = Environment.GetEnvironmentVariable(variable);
        }
        catch (Exception exception) when (exception is System.Security.SecurityException or ArgumentException)
        {
            return NotSet;
        }

        if (string.IsNullOrWhiteSpace(text))
            return NotSet;
        if (Parse(text) is { } value)
            return value;

        Report(flagName, variable, text!);
        return NotSet;
    }

    /// <summary>The value <paramref name="text"/> stands for, or null when it is malformed.</summary>
    internal static int? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("true", StringComparison.OrdinalIgnoreCase) || trimmed == "1")
            return On;
        if (trimmed.Equals("false", StringComparison.OrdinalIgnoreCase) || trimmed == "0")
            return Off;

        var percentSign = trimmed.EndsWith('%');
        var digits = percentSign ? trimmed.Substring(0, trimmed.Length - 1) : trimmed;
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent <= 100)
            return percent;
        return null;
    }

    private static void Report(string flagName, string variable, string value)
    {
        var problem = new MalformedFeatureFlagValueEventArgs(flagName, variable, value);
        lock (Reported)
        {
            if (!Reported.Add((variable, value)))
                return;
            Problems.Add(problem);
        }

        try
        {
            MalformedValue?.Invoke(null, problem);
        }
        catch (Exception)
        {
            // A failing observer must not turn a malformed variable into a failing flag read.
        }
    }
}

/// <summary>An <c>EMILY_FLAG_&lt;NAME&gt;</c> variable whose value is not a boolean nor a percent.</summary>
public sealed class MalformedFeatureFlagValueEventArgs : EventArgs
{
    internal MalformedFeatureFlagValueEventArgs(string flagName, string variable, string value)
    {
        FlagName = flagName;
        Variable = variable;
        Value = value;
    }

    /// <summary>The flag that read the variable.</summary>
    public string FlagName { get; }

    /// <summary>The variable's name.</summary>
    public string Variable { get; }

    /// <summary>The value that was ignored.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Variable}={Value} is not true, false, 1, 0 or a percent 0..100: ignored, the flag '{FlagName}' keeps its declared value";
}
