using System;
using CsCheck;

namespace EmilySovereign.Runtime.Tests.Adrs;

/// <summary>The record the generated ADR index is made of: it keeps what it is given and refuses a missing text.</summary>
public sealed class AdrInfoTests
{
    [Fact]
    public void Keeps_every_value_it_is_given() =>
        Gen.Select(Gen.Int, Gen.String, Gen.Enum<AdrStatus>(), Gen.Int[1, 3_000_000].Nullable(), Gen.Int.Nullable(), Gen.String)
            .Sample((number, title, status, day, supersededBy, path) =>
            {
                DateOnly? date = day is { } d ? DateOnly.FromDayNumber(d) : null;
                var adr = new AdrInfo(number, title, status, date, supersededBy, path);
                Assert.Equal((number, title, status, date, supersededBy, path), (adr.Number, adr.Title, adr.Status, adr.Date, adr.SupersededBy, adr.Path));
            });

    [Fact]
    public void A_missing_title_or_path_is_refused_by_name()
    {
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new AdrInfo(1, null!, AdrStatus.Accepted, null, null, "a.md")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => new AdrInfo(1, "t", AdrStatus.Accepted, null, null, null!)).ParamName);
    }
}
