using System;
using System.Linq;
using System.Reflection;
using EmilySovereign.Attention;

namespace EmilySovereign.Runtime.Tests.Attention;

/// <summary>
/// The gate must answer fast from its first call, not once tiered compilation has caught up (at tier 0 the first ~150
/// primary calls took 13 times as long), so every method with a loop on both paths is compiled fully optimized at once.
/// </summary>
public class FirstCallTests
{
    [Theory]
    [InlineData(typeof(AlphaBandBackend), "Compute")]
    [InlineData(typeof(AlphaBandKernel), "RelativePower")]
    [InlineData(typeof(AlphaBandKernel), "Sums")]
    [InlineData(typeof(AlphaBandKernel), "BandPower")]
    [InlineData(typeof(AlphaBandKernel), "WriteStreams")]
    [InlineData(typeof(QuarterFoldKernel), "BandPower")]
    [InlineData(typeof(QuarterFoldKernel), "Group")]
    [InlineData(typeof(HdcClassifier), "Classify")]
    [InlineData(typeof(HdcFeatures), "Compute")]
    [InlineData(typeof(HdcFeatures), "Clean")]
    [InlineData(typeof(HdcFeatures), "Shares")]
    [InlineData(typeof(Hypervector), "HammingDistance")]
    public void Hot_methods_skip_tiered_compilation(Type type, string name)
    {
        MethodInfo[] methods = type
            .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name == name)
            .ToArray();

        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True(
            m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization),
            $"{type.Name}.{m.Name} is compiled at tier 0 first."));
    }
}
