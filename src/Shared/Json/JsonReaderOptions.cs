using System;

namespace EmilySovereign.Json;

/// <summary>
/// What the reader accepts beyond RFC 8259. Strict by default (architecture.json, SARIF); files whose owners allow
/// more, such as global.json and .NET's appsettings.json, are read with <see cref="Lenient"/>.
/// </summary>
[Flags]
internal enum JsonReaderOptions
{
    None = 0,

    /// <summary><c>// line</c> and <c>/* block */</c> comments wherever whitespace may stand.</summary>
    AllowComments = 1,

    /// <summary>A comma before the closing <c>}</c> or <c>]</c>.</summary>
    AllowTrailingCommas = 2,

    /// <summary>What the dotnet CLI and Microsoft.Extensions.Configuration accept.</summary>
    Lenient = AllowComments | AllowTrailingCommas,
}
