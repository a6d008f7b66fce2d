using System.Collections;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Starlette.Schemas.Internal;

/// <summary>
/// Writes a tree of dictionaries, lists and scalars as one block-style YAML document with YamlDotNet's own emitter
/// (events, no reflection). The layout is the emitter's; the meaning is kept for a YAML 1.1 reader such as PyYAML or
/// <see cref="YamlLoader"/>: a string that would read back as something else (<c>'1.0'</c>, <c>'yes'</c>, <c>''</c>)
/// is quoted, mapping keys are sorted (<see cref="KeyOrder"/>) so the output is stable, and a dictionary or list met
/// twice is written once with an anchor (<c>&amp;id001</c>) and then aliased, so shared and recursive trees survive.
/// </summary>
internal sealed class YamlWriter
{
    private readonly Emitter _emitter;
    private readonly HashSet<object> _shared;
    private readonly Dictionary<object, AnchorName> _anchors = new(ReferenceEqualityComparer.Instance);

    private YamlWriter(TextWriter output, HashSet<object> shared)
    {
        _emitter = new Emitter(output);
        _shared = shared;
    }

    public static string Write(object? data)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new YamlWriter(output, SharedNodes.Find(data));
        writer._emitter.Emit(new StreamStart());
        writer._emitter.Emit(new DocumentStart());
        writer.Node(data);
        writer._emitter.Emit(new DocumentEnd(isImplicit: true));
        writer._emitter.Emit(new StreamEnd());
        return output.ToString();
    }

    private void Node(object? data)
    {
        if (YamlScalars.Text(data) is { } scalar)
        {
            // Plain only when a YAML 1.1 reader resolves the text back to the same type; quoted otherwise.
            _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, scalar.Text, Style(scalar.Text), isPlainImplicit: scalar.PlainImplicit, isQuotedImplicit: true));
            return;
        }

        if (_anchors.TryGetValue(data!, out var alias))
        {
            _emitter.Emit(new AnchorAlias(alias));
            return;
        }

        var anchor = AnchorName.Empty;
        if (_shared.Contains(data!)) _anchors[data!] = anchor = new AnchorName(string.Create(CultureInfo.InvariantCulture, $"id{_anchors.Count + 1:000}"));
        if (YamlScalars.Entries(data!) is { } entries)
        {
            _emitter.Emit(new MappingStart(anchor, TagName.Empty, isImplicit: true, MappingStyle.Block));
            foreach (var (key, value) in KeyOrder.Sorted(entries))
            {
                Node(key);
                Node(value);
            }

            _emitter.Emit(new MappingEnd());
            return;
        }

        _emitter.Emit(new SequenceStart(anchor, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        foreach (var item in (IEnumerable)data!) Node(item);
        _emitter.Emit(new SequenceEnd());
    }

    /// <summary>
    /// The emitter's choice, except for text with a tab at either end: YamlDotNet writes such a key plain, and a
    /// reader strips the tab (a lone tab reads back as null), so it is double-quoted.
    /// </summary>
    private static ScalarStyle Style(string text) =>
        text.Length > 0 && (text[0] == '\t' || text[^1] == '\t') ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;

    /// <summary>The dictionaries and lists reached more than once (by reference), which get anchors.</summary>
    private static class SharedNodes
    {
        public static HashSet<object> Find(object? root)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var shared = new HashSet<object>(ReferenceEqualityComparer.Instance);
            Visit(root, seen, shared);
            return shared;
        }

        private static void Visit(object? data, HashSet<object> seen, HashSet<object> shared)
        {
            if (YamlScalars.Text(data) is not null) return;
            if (!seen.Add(data!))
            {
                shared.Add(data!);
                return;
            }

            if (YamlScalars.Entries(data!) is { } entries)
            {
                foreach (var (key, value) in entries)
                {
                    Visit(key, seen, shared);
                    Visit(value, seen, shared);
                }
            }
            else
            {
                foreach (var item in (IEnumerable)data!) Visit(item, seen, shared);
            }
        }
    }
}
