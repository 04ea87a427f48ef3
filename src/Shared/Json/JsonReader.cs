namespace EmilySovereign.Json;

/// <summary>
/// The one JSON reader of the toolkit (ADR 30): it records the position of every value and reports the first syntax
/// error with its exact line and column. Hand-written because analyzers load into the compiler and MSBuild tasks into
/// every MSBuild host, where System.Text.Json is not ours to bring, and because its errors must point into the
/// user's file. Strict RFC 8259 unless <see cref="JsonReaderOptions"/> allow comments or trailing commas.
/// </summary>
internal static class JsonReader
{
    /// <summary>Reads one strict JSON document; exactly one of <paramref name="value"/> and the returned error is set.</summary>
    public static JsonSyntaxError? TryRead(string text, out JsonValue? value) =>
        TryRead(text, JsonReaderOptions.None, out value);

    /// <summary>Reads one JSON document; exactly one of <paramref name="value"/> and the returned error is set.</summary>
    public static JsonSyntaxError? TryRead(string text, JsonReaderOptions options, out JsonValue? value) =>
        new JsonParser<StringText>(new StringText(text), options, buildValues: true).Read(out value);

    /// <summary>
    /// Checks that UTF-8 bytes hold one JSON document without building values or decoding the file (the pre-commit
    /// check runs it on every staged .json file). Positions in the error count bytes.
    /// </summary>
    public static JsonSyntaxError? Validate(byte[] utf8, JsonReaderOptions options) =>
        new JsonParser<Utf8Text>(new Utf8Text(utf8), options, buildValues: false).Read(out _);
}
