using System.Text;

namespace EmilySovereign.Generators.Flags;

/// <summary>
/// Writes user text into <c>///</c> comments: XML-escaped, and split at every character C# takes as a line break
/// (including U+0085, U+2028 and U+2029), so no input can end the comment and become code.
/// </summary>
internal static class XmlDoc
{
    public static void Append(StringBuilder code, string indent, string tag, string text)
    {
        code.Append(indent).Append("/// <").Append(tag).AppendLine(">");
        var line = new StringBuilder();
        for (var n = 0; n < text.Length; n++)
        {
            var c = text[n];
            switch (c)
            {
                case '\r' when n + 1 < text.Length && text[n + 1] == '\n':
                    break;
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029':
                    Flush(code, indent, line);
                    break;
                case '&': line.Append("&amp;"); break;
                case '<': line.Append("&lt;"); break;
                case '>': line.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && n + 1 < text.Length && char.IsLowSurrogate(text[n + 1]))
                        line.Append(c).Append(text[++n]);
                    else if (char.IsSurrogate(c) || (c < ' ' && c != '\t') || c == '\u007F')
                        line.Append('\uFFFD');
                    else
                        line.Append(c);
                    break;
            }
        }

        Flush(code, indent, line);
        code.Append(indent).Append("/// </").Append(tag).AppendLine(">");
    }

    private static void Flush(StringBuilder code, string indent, StringBuilder line)
    {
        // An empty line is written as a bare "///": generated code carries no trailing whitespace.
        code.Append(indent).Append(line.Length == 0 ? "///" : "/// ").AppendLine(line.ToString());
        line.Clear();
    }
}
