using System.Globalization;
using System.Text;

namespace EmilySovereign.Build.Observability;

/// <summary>
/// A double-quoted string that YAML and JSON read alike: quotes and backslashes escaped, every control or line-break
/// character as <c>\uXXXX</c>, a lone surrogate as U+FFFD. No metric name or description can change the document's
/// structure.
/// </summary>
internal static class QuotedText
{
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' || c == '\\')
                quoted.Append('\\').Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                quoted.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c))
                quoted.Append("\\uFFFD");
            else if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                quoted.Append(c);
        }

        return quoted.Append('"').ToString();
    }
}
