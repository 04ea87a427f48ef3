using System;

namespace EmilySovereign.Runtime.Tests.Flags;

/// <summary>Entity keys picked by their bucket, so a test can stand on either side of a rollout boundary.</summary>
internal static class BucketKeys
{
    /// <summary>The first of <c>key-0</c>, <c>key-1</c>, ... whose bucket for the flag <paramref name="name"/> is <paramref name="bucket"/>.</summary>
    public static string In(string name, int bucket)
    {
        for (var i = 0; i < 100_000; i++)
        {
            var key = "key-" + i;
            if (FeatureFlagBucket.Of(name, key) == bucket)
                return key;
        }

        throw new InvalidOperationException($"no key in bucket {bucket} of {name}");
    }
}
