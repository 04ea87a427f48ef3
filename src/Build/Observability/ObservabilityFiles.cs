using System;
using System.IO;
using System.Text;

namespace EmilySovereign.Build.Observability;

/// <summary>Writes a generated file only when its bytes change, so a second run touches nothing.</summary>
internal static class ObservabilityFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>True when the file was written, false when it already had these bytes.</returns>
    public static bool WriteIfChanged(string path, string text)
    {
        var bytes = Utf8.GetBytes(text);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            return false;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, bytes);
        return true;
    }
}
