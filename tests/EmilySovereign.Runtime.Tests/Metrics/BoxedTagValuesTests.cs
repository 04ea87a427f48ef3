using CsCheck;
using EmilySovereign.Metrics;

namespace EmilySovereign.Runtime.Tests.Metrics;

/// <summary>The boxes generated metric methods reuse: right type and value always, one box per cached value.</summary>
public sealed class BoxedTagValuesTests
{
    [Fact]
    public void Int_box_holds_the_value_as_an_int() =>
        Gen.Int.Sample(value => Assert.Equal((object)value, BoxedTagValues.Of(value)));

    [Fact]
    public void Long_box_holds_the_value_as_a_long() =>
        Gen.Long.Sample(value => Assert.Equal((object)value, BoxedTagValues.Of(value)));

    [Fact]
    public void Int_in_the_cached_range_is_boxed_once() =>
        Gen.Int[BoxedTagValues.SmallestCached, BoxedTagValues.LargestCached].Sample(value =>
            Assert.Same(BoxedTagValues.Of(value), BoxedTagValues.Of(value)));

    [Fact]
    public void Long_in_the_cached_range_is_boxed_once_and_apart_from_the_int_box() =>
        Gen.Int[BoxedTagValues.SmallestCached, BoxedTagValues.LargestCached].Sample(value =>
        {
            Assert.Same(BoxedTagValues.Of((long)value), BoxedTagValues.Of((long)value));
            Assert.IsType<long>(BoxedTagValues.Of((long)value));
            Assert.IsType<int>(BoxedTagValues.Of(value));
        });

    [Theory]
    [InlineData(BoxedTagValues.SmallestCached - 1L)]
    [InlineData(BoxedTagValues.LargestCached + 1L)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(1L << 32)]
    public void Value_outside_the_range_gets_its_own_box(long value)
    {
        Assert.NotSame(BoxedTagValues.Of(value), BoxedTagValues.Of(value));
        Assert.Equal(value, BoxedTagValues.Of(value));
        if (value is >= int.MinValue and <= int.MaxValue)
        {
            Assert.NotSame(BoxedTagValues.Of((int)value), BoxedTagValues.Of((int)value));
            Assert.Equal((int)value, BoxedTagValues.Of((int)value));
        }
    }

    [Fact]
    public void Booleans_are_two_boxes()
    {
        Assert.Same(BoxedTagValues.Of(true), BoxedTagValues.Of(true));
        Assert.Same(BoxedTagValues.Of(false), BoxedTagValues.Of(false));
        Assert.Equal(true, BoxedTagValues.Of(true));
        Assert.Equal(false, BoxedTagValues.Of(false));
    }
}
