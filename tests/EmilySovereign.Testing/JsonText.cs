using System.Globalization;
using System.Text;

namespace EmilySovereign.Testing;

/// <summary>JSON text for tests that build documents from arbitrary strings.</summary>
public static class JsonText
{
    /// <summary><paramref name="raw"/> as a JSON string literal: quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string raw)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in raw)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
