using System.Collections;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Starlette.Schemas.Internal;

/// <summary>
/// Reads one YAML document into plain .NET values the way PyYAML's <c>yaml.safe_load</c> does, using YamlDotNet's
/// event parser (no reflection): mappings become <c>Dictionary&lt;object, object?&gt;</c> in document order,
/// sequences <c>List&lt;object?&gt;</c>, plain scalars are resolved by the YAML 1.1 rules (<see cref="YamlResolver"/>),
/// aliases give the anchored object itself, and merge keys (<c>&lt;&lt;</c>) are applied.
/// </summary>
internal sealed class YamlLoader
{
    private readonly IParser _parser;
    private readonly Dictionary<AnchorName, object?> _anchors = [];

    private YamlLoader(string text) => _parser = new Parser(new StringReader(text));

    public static object? Load(string text)
    {
        var loader = new YamlLoader(text);
        loader._parser.Consume<StreamStart>();
        if (loader._parser.TryConsume<StreamEnd>(out _)) return null;
        loader._parser.Consume<DocumentStart>();
        var value = loader.ReadNode();
        loader._parser.Consume<DocumentEnd>();
        if (!loader._parser.TryConsume<StreamEnd>(out _))
            throw new YamlException(loader._parser.Current!.Start, loader._parser.Current.End, "expected a single document in the stream, but found another document");
        return value;
    }

    private object? ReadNode()
    {
        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            return _anchors.TryGetValue(alias.Value, out var anchored)
                ? anchored
                : throw new YamlException(alias.Start, alias.End, $"found undefined alias '{alias.Value}'");
        }

        if (_parser.TryConsume<Scalar>(out var scalar)) return Remember(scalar.Anchor, ReadScalar(scalar));
        if (_parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            RequireTag(sequenceStart, "tag:yaml.org,2002:seq");
            var list = new List<object?>();
            Remember(sequenceStart.Anchor, list);
            while (!_parser.TryConsume<SequenceEnd>(out _)) list.Add(ReadNode());
            return list;
        }

        var mappingStart = _parser.Consume<MappingStart>();
        RequireTag(mappingStart, "tag:yaml.org,2002:map");
        var map = new Dictionary<object, object?>();
        Remember(mappingStart.Anchor, map);
        ReadMapping(map, mappingStart);
        return map;
    }

    private void ReadMapping(Dictionary<object, object?> map, MappingStart start)
    {
        var merged = new List<KeyValuePair<object, object?>>();
        var own = new List<KeyValuePair<object, object?>>();
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current;
            if (keyEvent is Scalar { Style: ScalarStyle.Plain, Value: "<<" } mergeKey && mergeKey.Tag.IsEmpty)
            {
                _parser.MoveNext();
                Merge(ReadNode(), merged, start);
                continue;
            }

            var key = ReadNode();
            if (key is IDictionary or IList) throw new YamlException(keyEvent!.Start, keyEvent.End, "while constructing a mapping, found unhashable key");
            if (key is null) throw new YamlException(keyEvent!.Start, keyEvent.End, "while constructing a mapping, found a null key, which .NET dictionaries cannot hold");
            own.Add(new KeyValuePair<object, object?>(key, ReadNode()));
        }

        foreach (var (key, value) in merged) map[key] = value;
        foreach (var (key, value) in own) map[key] = value;
    }

    private static void Merge(object? value, List<KeyValuePair<object, object?>> merged, MappingStart start)
    {
        if (value is Dictionary<object, object?> single)
        {
            merged.AddRange(single);
            return;
        }

        if (value is List<object?> several && several.TrueForAll(item => item is Dictionary<object, object?>))
        {
            // PyYAML: the later mappings of the list are merged first, so an earlier one wins a shared key.
            for (var i = several.Count - 1; i >= 0; i--) merged.AddRange((Dictionary<object, object?>)several[i]!);
            return;
        }

        throw new YamlException(start.Start, start.End, "while constructing a mapping, expected a mapping or list of mappings for merging");
    }

    private object? Remember(AnchorName anchor, object? value)
    {
        if (!anchor.IsEmpty) _anchors[anchor] = value;
        return value;
    }

    private static object? ReadScalar(Scalar scalar)
    {
        if (scalar.Tag.IsNonSpecific || (scalar.Tag.IsEmpty && scalar.Style != ScalarStyle.Plain)) return scalar.Value;
        var tag = scalar.Tag.IsEmpty ? Resolve(scalar) : scalar.Tag.Value;
        try
        {
            // Plain scalars too: 2001-02-30 looks like a timestamp but is no date.
            return YamlResolver.Construct(tag, scalar.Value);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw new YamlException(scalar.Start, scalar.End, $"could not construct a '{tag}' from '{scalar.Value}': {e.Message}");
        }
    }

    private static string Resolve(Scalar scalar)
    {
        var tag = YamlResolver.ResolvePlain(scalar.Value);
        if (tag is YamlResolver.MergeTag or YamlResolver.ValueTag)
            throw new YamlException(scalar.Start, scalar.End, $"could not determine a constructor for the tag '{tag}'");
        return tag;
    }

    private static void RequireTag(NodeEvent node, string expected)
    {
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && node.Tag.Value != expected)
            throw new YamlException(node.Start, node.End, $"could not determine a constructor for the tag '{node.Tag.Value}'");
    }
}
