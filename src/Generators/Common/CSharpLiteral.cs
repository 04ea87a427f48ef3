using System.Globalization;
using System.Text;

namespace EmilySovereign.Generators;

/// <summary>Text for generated C#: string literals any input survives, and identifiers from MSBuild names.</summary>
internal static class CSharpLiteral
{
    /// <summary>A quoted regular string literal; escapes quotes, backslashes, line breaks, controls and lone surrogates.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A namespace name from RootNamespace or an assembly name (<c>My-App.2d</c> → <c>My_App._2d</c>); empty for none.
    /// </summary>
    public static string Namespace(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return string.Empty;

        var parts = name!.Trim().Split('.');
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
                continue;
            if (builder.Length > 0)
                builder.Append('.');
            var start = builder.Length;
            foreach (var c in part)
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            if (char.IsDigit(builder[start]))
                builder.Insert(start, '_');
            else if (Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(builder.ToString(start, builder.Length - start)) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
                builder.Insert(start, '@');
        }

        return builder.ToString();
    }
}
