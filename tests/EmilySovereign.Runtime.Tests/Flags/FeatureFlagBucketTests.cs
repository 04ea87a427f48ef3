using System;
using CsCheck;

namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>Rollout buckets: fixed answers everywhere, monotone in the percent, uniform over keys.</summary>
public sealed class FeatureFlagBucketTests
{
    /// <summary>
    /// Answers computed once, by an independent implementation of the documented algorithm (xxHash32, seed 0, over
    /// UTF-8 of name, 0xFF, key; multiply-shift into 0..99): a change here changes every user's bucket.
    /// </summary>
    [Theory]
    [InlineData("gflownet_v2", "user-1", 24)]
    [InlineData("gflownet_v2", "user-2", 96)]
    [InlineData("gflownet_v2", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", 46)]
    [InlineData("hdc_fallback", "user-1", 51)]
    [InlineData("hdc_fallback", "", 58)]
    [InlineData("a", "", 79)]
    [InlineData("", "a", 33)]
    [InlineData("ab", "c", 95)]
    [InlineData("a", "bc", 33)]
    [InlineData("gflownet_v2", "Ünïcødé-日本語-🚀", 87)]
    public void Buckets_are_the_same_in_every_process(string name, string key, int bucket)
    {
        Assert.Equal(bucket, FeatureFlagBucket.Of(name, key));
        Assert.True(FeatureFlagBucket.IsIn(name, key, bucket + 1));
        Assert.False(FeatureFlagBucket.IsIn(name, key, bucket));
    }

    [Theory]
    [InlineData("", 0x02CC5D05U)]
    [InlineData("abc", 0x32D153FFU)]
    [InlineData("Nobody inspects the spammish repetition", 0xE2293B2FU)]
    public void XxHash32_gives_the_reference_answers(string text, uint expected) =>
        Assert.Equal(expected, FeatureFlagBucket.XxHash32(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>Each length from 0 to 200, so every split into 16-byte stripes, 4-byte words and single bytes is met.</summary>
    [Fact]
    public void XxHash32_equals_the_maintained_implementation_at_every_length()
    {
        var random = new Random(20261205);
        for (var length = 0; length <= 200; length++)
        {
            for (var sample = 0; sample < 5; sample++)
            {
                var bytes = new byte[length];
                random.NextBytes(bytes);
                Assert.Equal(System.IO.Hashing.XxHash32.HashToUInt32(bytes), FeatureFlagBucket.XxHash32(bytes));
            }
        }
    }

    /// <summary>
    /// Up to 170 characters in all, the bytes fit the 512 on the stack even when every character takes three; from 171
    /// on, the rented buffer takes them: both must hash alike.
    /// </summary>
    [Theory]
    [InlineData(0, 170)]
    [InlineData(1, 169)]
    [InlineData(0, 171)]
    [InlineData(1, 170)]
    [InlineData(300, 300)]
    public void Names_and_keys_hash_alike_on_the_stack_and_in_the_rented_buffer(int nameLength, int euros)
    {
        string name = new('n', nameLength), key = new('€', euros);
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes(name), 0xFF, .. System.Text.Encoding.UTF8.GetBytes(key)];
        var expected = (int)(((ulong)System.IO.Hashing.XxHash32.HashToUInt32(bytes) * 100) >> 32);
        Assert.Equal(expected, FeatureFlagBucket.Of(name, key));
    }

    [Fact]
    public void A_missing_name_or_key_is_refused()
    {
        Assert.Throws<ArgumentNullException>("name", () => FeatureFlagBucket.Of(null!, "key"));
        Assert.Throws<ArgumentNullException>("entityKey", () => FeatureFlagBucket.Of("name", null!));
    }

    [Fact]
    public void Bucket_is_deterministic_in_range_and_monotone_in_the_percent() =>
        Gen.Select(Gen.String, Gen.String, Gen.Int[0, 100], Gen.Int[0, 100]).Sample((name, key, p, q) =>
        {
            var bucket = FeatureFlagBucket.Of(name, key);
            Assert.InRange(bucket, 0, 99);
            Assert.Equal(bucket, FeatureFlagBucket.Of(new string(name.AsSpan()), new string(key.AsSpan())));
            var (low, high) = p <= q ? (p, q) : (q, p);
            Assert.True(!FeatureFlagBucket.IsIn(name, key, low) || FeatureFlagBucket.IsIn(name, key, high));
        });

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(90)]
    public void Share_of_keys_is_within_one_and_a_half_points_of_the_percent(int percent) =>
        Assert.InRange(Share(FeatureFlagBucket.Of, percent), percent - 1.5, percent + 1.5);

    [Fact]
    public void The_share_check_fails_for_a_biased_bucket()
    {
        // string.Length-based buckets put every GUID key in one bucket: the check above must reject that.
        var share = Share((_, key) => key.Length % 100, 50);

        Assert.False(share is >= 48.5 and <= 51.5, $"share {share}");
    }

    /// <summary>The percentage of 100 000 random GUID keys whose bucket is below <paramref name="percent"/>.</summary>
    private static double Share(Func<string, string, int> bucket, int percent)
    {
        var random = new Random(20261204);
        var on = 0;
        var bytes = new byte[16];
        for (var i = 0; i < 100_000; i++)
        {
            random.NextBytes(bytes);
            if (bucket("gflownet_v2", new Guid(bytes).ToString()) < percent)
                on++;
        }

        return on / 1_000.0;
    }
}
