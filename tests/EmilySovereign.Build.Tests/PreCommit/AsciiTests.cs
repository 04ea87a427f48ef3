using EmilySovereign.Build.PreCommit.Checks;

namespace EmilySovereign.Build.Tests.PreCommit;

/// <summary>
/// The byte helpers the checks scan with: line starts and ends after '\n' or '\r', the ASCII character classes at the
/// edges of their ranges, runs, case-insensitive search and lower-casing.
/// </summary>
public sealed class AsciiTests
{
    [Theory]
    [InlineData("x", 0, true)]
    [InlineData("\nx", 1, true)]
    [InlineData("\rx", 1, true)]
    [InlineData("a\nbc", 2, true)]
    [InlineData("a\rbc", 2, true)]
    [InlineData("ab", 1, false)]
    [InlineData("ab\n", 1, false)]
    public void A_line_starts_at_the_beginning_or_after_a_LF_or_CR(string text, int offset, bool expected) =>
        Assert.Equal(expected, Ascii.IsLineStart(Ascii.Bytes(text), offset));

    [Theory]
    [InlineData("ab", 2, true)]
    [InlineData("", 0, true)]
    [InlineData("a\n", 1, true)]
    [InlineData("a\rb", 1, true)]
    [InlineData("ab", 0, false)]
    [InlineData("ab\n", 1, false)]
    public void A_line_ends_at_the_end_or_at_a_LF_or_CR(string text, int offset, bool expected) =>
        Assert.Equal(expected, Ascii.IsLineEnd(Ascii.Bytes(text), offset));

    [Theory]
    [InlineData('0', true)]
    [InlineData('9', true)]
    [InlineData('a', true)]
    [InlineData('z', true)]
    [InlineData('A', true)]
    [InlineData('Z', true)]
    [InlineData('/', false)]
    [InlineData(':', false)]
    [InlineData('@', false)]
    [InlineData('[', false)]
    [InlineData('`', false)]
    [InlineData('{', false)]
    public void Letters_and_digits_are_exactly_the_ASCII_ranges(char c, bool expected) =>
        Assert.Equal(expected, Ascii.IsAsciiLetterOrDigit((byte)c));

    [Theory]
    [InlineData('0', true)]
    [InlineData('9', true)]
    [InlineData('A', true)]
    [InlineData('Z', true)]
    [InlineData('a', false)]
    [InlineData('z', false)]
    [InlineData('/', false)]
    [InlineData(':', false)]
    [InlineData('@', false)]
    [InlineData('[', false)]
    public void Upper_or_digit_takes_no_lower_case_letter(char c, bool expected) =>
        Assert.Equal(expected, Ascii.IsUpperOrDigit((byte)c));

    [Theory]
    [InlineData('a', true, true)]
    [InlineData('Z', true, true)]
    [InlineData('7', true, true)]
    [InlineData('+', true, false)]
    [InlineData('/', true, false)]
    [InlineData('-', false, true)]
    [InlineData('_', false, true)]
    [InlineData('=', false, false)]
    [InlineData('.', false, false)]
    public void Base64_adds_plus_and_slash_and_the_URL_alphabet_dash_and_underscore(char c, bool base64, bool base64Url)
    {
        Assert.Equal(base64, Ascii.IsBase64((byte)c));
        Assert.Equal(base64Url, Ascii.IsBase64Url((byte)c));
    }

    [Theory]
    [InlineData("ab12-x", 0, 4)]
    [InlineData("ab12-x", 2, 2)]
    [InlineData("ab12-x", 4, 0)]
    [InlineData("ab12", 1, 3)]
    [InlineData("ab12", 4, 0)]
    public void A_run_counts_the_matching_bytes_from_the_start_up_to_the_first_other_or_the_end(string text, int start, int expected) =>
        Assert.Equal(expected, Ascii.RunLength(Ascii.Bytes(text), start, Ascii.IsAsciiLetterOrDigit));

    [Theory]
    [InlineData("xxSecret=1", "secret", true)]
    [InlineData("my_TOKEN", "token", true)]
    [InlineData("token", "token", true)]
    [InlineData("x", "x", true)]
    [InlineData("toke", "token", false)]
    [InlineData("tokex", "token", false)]
    [InlineData("", "a", false)]
    public void Contains_lower_case_finds_the_needle_in_any_case_also_at_the_very_end(string haystack, string needle, bool expected) =>
        Assert.Equal(expected, Ascii.ContainsLowerCase(Ascii.Bytes(haystack), needle));

    [Theory]
    [InlineData('A', 'a')]
    [InlineData('Z', 'z')]
    [InlineData('M', 'm')]
    [InlineData('a', 'a')]
    [InlineData('z', 'z')]
    [InlineData('@', '@')]
    [InlineData('[', '[')]
    [InlineData('0', '0')]
    public void To_lower_changes_only_the_upper_case_letters(char c, char expected) =>
        Assert.Equal((byte)expected, Ascii.ToLower((byte)c));
}
