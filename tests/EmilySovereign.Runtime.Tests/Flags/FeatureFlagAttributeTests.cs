namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>What a flag declaration says when only its name is written.</summary>
public sealed class FeatureFlagAttributeTests
{
    [Fact]
    public void A_declaration_with_only_a_name_is_off_and_not_rolled_out()
    {
        var flag = new FeatureFlagAttribute("gflownet_v2");

        Assert.Equal(("gflownet_v2", false, -1), (flag.Name, flag.Default, flag.RolloutPercent));
        Assert.Null(flag.Description ?? flag.Owner ?? flag.Expires);
    }
}
