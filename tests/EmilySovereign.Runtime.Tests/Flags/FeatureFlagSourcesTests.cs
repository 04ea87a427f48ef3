using System;
using System.Collections.Generic;

namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>Registered sources: asked in the order they were added until one answers, and only while registered.</summary>
public sealed class FeatureFlagSourcesTests
{
    private static readonly FeatureFlagInfo Info = new("sources_flag", false, null, null, null, null);
    private static readonly DeclaredFeatureFlag Flag = new(Info);

    [Fact]
    public void Sources_are_asked_in_the_order_they_were_added_and_the_first_answer_wins()
    {
        var asked = new List<string>();
        using (FeatureFlagSources.Add(new Recording("silent", null, asked)))
        using (FeatureFlagSources.Add(new Recording("yes", true, asked)))
        using (FeatureFlagSources.Add(new Recording("no", false, asked)))
        {
            Assert.True(Flag.IsEnabledFor("k"));
            Assert.Equal(["silent", "yes"], asked);
        }
    }

    [Fact]
    public void A_removed_source_is_no_longer_asked_and_the_others_still_are()
    {
        var asked = new List<string>();
        var first = FeatureFlagSources.Add(new Recording("first", null, asked));
        using (FeatureFlagSources.Add(new Recording("second", true, asked)))
        {
            first.Dispose();
            Assert.True(Flag.IsEnabled);
            Assert.Equal(["second"], asked);
        }

        Assert.False(Flag.IsEnabled);
        Assert.Equal(["second"], asked);
    }

    [Fact]
    public void A_source_registered_twice_is_asked_until_both_registrations_end()
    {
        var asked = new List<string>();
        var source = new Recording("twice", true, asked);
        var first = FeatureFlagSources.Add(source);
        var second = FeatureFlagSources.Add(source);

        first.Dispose();
        first.Dispose();
        Assert.True(Flag.IsEnabled);
        second.Dispose();
        Assert.False(Flag.IsEnabled);
        Assert.Equal(["twice"], asked);
    }

    [Fact]
    public void Disposing_the_later_registration_of_a_source_keeps_it_ahead_of_sources_added_in_between()
    {
        var asked = new List<string>();
        var early = new Recording("early", true, asked);
        using (FeatureFlagSources.Add(early))
        using (FeatureFlagSources.Add(new Recording("between", false, asked)))
        {
            FeatureFlagSources.Add(early).Dispose();

            Assert.True(Flag.IsEnabled);
            Assert.Equal(["early"], asked);
        }
    }

    [Fact]
    public void A_missing_source_is_refused() =>
        Assert.Throws<ArgumentNullException>("source", () => FeatureFlagSources.Add(null!));

    /// <summary>Answers <paramref name="answer"/> for the test's flag and writes down that it was asked.</summary>
    private sealed class Recording(string name, bool? answer, List<string> asked) : IFeatureFlagSource
    {
        public bool? IsEnabled(FeatureFlagInfo flag, string? entityKey)
        {
            if (flag != Info)
                return null;
            asked.Add(name);
            return answer;
        }
    }
}
