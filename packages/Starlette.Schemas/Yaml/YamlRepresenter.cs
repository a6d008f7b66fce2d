using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using Starlette.Common;

namespace Starlette.Schemas.Internal;

/// <summary>
/// PyYAML's representer (what <c>yaml.dump</c> uses): turns a tree of dictionaries, lists and scalars into nodes,
/// mapping keys sorted as Python's <c>sorted()</c> would (left in order when they are not comparable), a dictionary
/// or list reached twice becoming one anchored node.
/// </summary>
internal sealed class YamlRepresenter
{
    private readonly Dictionary<object, YamlNode> _represented = new(ReferenceEqualityComparer.Instance);

    public static YamlNode Represent(object? data)
    {
        var root = new YamlRepresenter().Node(data);
        Anchors.Assign(root);
        return root;
    }

    private YamlNode Node(object? data)
    {
        switch (data)
        {
            case null: return new YamlScalarNode("null", true);
            case string text: return Str(text);
            case bool flag: return new YamlScalarNode(flag ? "true" : "false", true);
            case char c: return Str(c.ToString());
            case int or long or short or sbyte or byte or ushort or uint or ulong or BigInteger or Int128 or UInt128:
                return new YamlScalarNode(((IFormattable)data).ToString(null, CultureInfo.InvariantCulture), true);
            case double or float or decimal or Half:
                return new YamlScalarNode(Float(Convert.ToDouble(data, CultureInfo.InvariantCulture)), true);
            case DateOnly date: return new YamlScalarNode(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true);
            case DateTime time: return new YamlScalarNode(Timestamp(time, time.Kind == DateTimeKind.Utc ? TimeSpan.Zero : null), true);
            case DateTimeOffset time: return new YamlScalarNode(Timestamp(time.DateTime, time.Offset), true);
            case Enum or Guid or Uri: return Str(data.ToString()!);
        }

        if (_represented.TryGetValue(data, out var seen)) return seen;
        if (data is IDictionary dictionary) return Mapping(data, Entries(dictionary));
        if (data is IReadOnlyDictionary<string, object?> readOnly) return Mapping(data, readOnly.Select(e => new KeyValuePair<object, object?>(e.Key, e.Value)).ToList());
        if (data is IEnumerable items)
        {
            var node = new YamlSequenceNode();
            _represented[data] = node;
            foreach (var item in items) node.Items.Add(Node(item));
            return node;
        }

        throw new ArgumentException($"cannot represent an object: {data} (of type {data.GetType()})", nameof(data));
    }

    private YamlMappingNode Mapping(object data, List<KeyValuePair<object, object?>> entries)
    {
        var node = new YamlMappingNode();
        _represented[data] = node;
        foreach (var (key, value) in KeyOrder.Sorted(entries)) node.Entries.Add(new(Node(key), Node(value)));
        return node;
    }

    private static List<KeyValuePair<object, object?>> Entries(IDictionary dictionary)
    {
        var entries = new List<KeyValuePair<object, object?>>(dictionary.Count);
        var enumerator = dictionary.GetEnumerator();
        while (enumerator.MoveNext()) entries.Add(new(enumerator.Key, enumerator.Value));
        return entries;
    }

    private static YamlScalarNode Str(string text) => new(text, YamlResolver.ResolvePlain(text) == YamlResolver.StrTag);

    private static string Float(double value)
    {
        if (double.IsNaN(value)) return ".nan";
        if (double.IsPositiveInfinity(value)) return ".inf";
        if (double.IsNegativeInfinity(value)) return "-.inf";
        var repr = PythonFloat.Repr(value).ToLowerInvariant();
        return !repr.Contains('.', StringComparison.Ordinal) && repr.Contains('e', StringComparison.Ordinal) ? repr.Replace("e", ".0e", StringComparison.Ordinal) : repr;
    }

    /// <summary>Python's <c>datetime.isoformat(' ')</c>.</summary>
    private static string Timestamp(DateTime time, TimeSpan? offset)
    {
        var text = new StringBuilder(time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        var microseconds = (time.Ticks % TimeSpan.TicksPerSecond) / 10;
        if (microseconds != 0) text.Append('.').Append(microseconds.ToString("000000", CultureInfo.InvariantCulture));
        if (offset is { } zone)
        {
            text.Append(zone < TimeSpan.Zero ? '-' : '+').Append(zone.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture));
            if (zone.Seconds != 0) text.Append(':').Append(Math.Abs(zone.Seconds).ToString("00", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>PyYAML's serializer: a node reached a second time gets the next <c>idNNN</c> anchor.</summary>
    private static class Anchors
    {
        public static void Assign(YamlNode root)
        {
            var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
            var last = 0;
            Visit(root, seen, ref last);
        }

        private static void Visit(YamlNode node, HashSet<YamlNode> seen, ref int last)
        {
            if (!seen.Add(node))
            {
                node.Anchor ??= $"id{++last:000}";
                return;
            }

            if (node is YamlSequenceNode sequence)
            {
                foreach (var item in sequence.Items) Visit(item, seen, ref last);
            }
            else if (node is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Entries)
                {
                    Visit(key, seen, ref last);
                    Visit(value, seen, ref last);
                }
            }
        }
    }
}
