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
        if (File.Exists(path) && AreEqual(File.ReadAllBytes(path), bytes))
            return false;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, bytes);
        return true;
    }

    private static bool AreEqual(byte[] left, byte[] right)
    {
        if (left.Length != right.Length)
            return false;
        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
                return false;
        }

        return true;
    }
}
