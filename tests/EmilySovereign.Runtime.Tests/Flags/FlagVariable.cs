using System;

namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>Sets a flag's <c>EMILY_FLAG_&lt;NAME&gt;</c> until disposed (null: unset), then unsets it.</summary>
internal readonly struct FlagVariable : IDisposable
{
    private readonly string _variable;

    public FlagVariable(string name, string? value)
    {
        _variable = FeatureFlagEnvironment.VariableFor(name);
        Environment.SetEnvironmentVariable(_variable, value);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(_variable, null);
}
