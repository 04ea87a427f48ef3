using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace EmilySovereign.Analyzers.Common;

/// <summary>
/// Parses an additional file once per content, shared across compilations: the IDE makes a new compilation on every
/// keystroke while configuration files (ADRs, architecture.json) rarely change, so a parse is kept by path and text
/// checksum. One instance per kind of file, held in a static field of its finder.
/// </summary>
/// <typeparam name="T">The parsed form; immutable, since every compilation that sees the same text shares it.</typeparam>
internal sealed class ParsedFileCache<T>
    where T : class
{
    // One entry per path: bounded by the number of distinct files, replaced when the text changes.
    private readonly ConcurrentDictionary<string, Entry> _byPath = new(StringComparer.Ordinal);
    private readonly Func<string, SourceText, T> _parse;

    public ParsedFileCache(Func<string, SourceText, T> parse) => _parse = parse;

    /// <summary>The parse of <paramref name="text"/>, reused while the file at <paramref name="path"/> keeps its checksum.</summary>
    public T Get(string path, SourceText text)
    {
        var checksum = text.GetChecksum();
        if (checksum.IsDefaultOrEmpty)
        {
            // Nothing to compare: a text without a checksum is parsed every time rather than risk a stale answer.
            return _parse(path, text);
        }

        if (_byPath.TryGetValue(path, out var cached) && SameBytes(cached.Checksum, checksum))
        {
            return cached.Value;
        }

        var value = _parse(path, text);
        _byPath[path] = new Entry(checksum, value);
        return value;
    }

    // A loop rather than LINQ's SequenceEqual, which boxes the arrays' enumerators on the hot path.
    private static bool SameBytes(ImmutableArray<byte> left, ImmutableArray<byte> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Entry
    {
        public Entry(ImmutableArray<byte> checksum, T value)
        {
            Checksum = checksum;
            Value = value;
        }

        public ImmutableArray<byte> Checksum { get; }

        public T Value { get; }
    }
}
