using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Starlette.Common;

namespace Starlette.Schemas;

/// <summary>
/// Turns a schema tree into JSON as Python's <c>json.dumps</c> would: keys become strings (<c>200</c> → <c>"200"</c>,
/// <c>true</c> → <c>"true"</c>), dates become ISO 8601 strings. Built with <see cref="JsonNode"/>: no reflection.
/// A dictionary or list reached again inside itself (YAML such as <c>&amp;a [*a]</c>) is an error, as in Python's
/// <c>json.dumps</c>; one merely reached twice is written twice.
/// </summary>
public static class OpenApiJson
{
    /// <summary>Converts a tree (see <see cref="OpenApiYaml"/>) to a JSON node.</summary>
    /// <param name="data">The tree.</param>
    /// <returns>The node; <see langword="null"/> for a null value.</returns>
    /// <exception cref="ArgumentException">The tree holds a value of an unsupported type, or contains itself.</exception>
    public static JsonNode? ToJsonNode(object? data) => ToJsonNode(data, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static JsonNode? ToJsonNode(object? data, HashSet<object> open) => data switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        char c => JsonValue.Create(c.ToString()),
        int or long or short or sbyte or byte or ushort or uint => JsonValue.Create(Convert.ToInt64(data, CultureInfo.InvariantCulture)),
        ulong big => JsonValue.Create(big),
        BigInteger big => JsonNode.Parse(big.ToString(CultureInfo.InvariantCulture)),
        double or float or decimal or Half => JsonValue.Create(Convert.ToDouble(data, CultureInfo.InvariantCulture)),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime time => JsonValue.Create(time.ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset time => JsonValue.Create(time.ToString("O", CultureInfo.InvariantCulture)),
        Enum or Guid or Uri => JsonValue.Create(data.ToString()),
        IDictionary or IReadOnlyDictionary<string, object?> or IEnumerable => Container(data, open),
        _ => throw new ArgumentException($"cannot represent an object: {data} (of type {data.GetType()})", nameof(data)),
    };

    /// <summary>A mapping or sequence, refused when it is already being written further up (Python's <c>Circular reference detected</c>).</summary>
    private static JsonNode Container(object data, HashSet<object> open)
    {
        if (!open.Add(data)) throw new ArgumentException("Circular reference detected: the tree contains itself.", nameof(data));
        JsonNode result = data switch
        {
            IDictionary map => Object(map, open),
            IReadOnlyDictionary<string, object?> map => Object(map.Select(e => new DictionaryEntry(e.Key, e.Value)), open),
            _ => Array((IEnumerable)data, open),
        };
        open.Remove(data);
        return result;
    }

    private static JsonObject Object(IDictionary map, HashSet<object> open)
    {
        var entries = new List<DictionaryEntry>(map.Count);
        foreach (DictionaryEntry entry in map) entries.Add(entry);
        return Object(entries, open);
    }

    private static JsonObject Object(IEnumerable<DictionaryEntry> entries, HashSet<object> open)
    {
        var result = new JsonObject();
        foreach (var entry in entries) result[Key(entry.Key)] = ToJsonNode(entry.Value, open);
        return result;
    }

    private static JsonArray Array(IEnumerable items, HashSet<object> open)
    {
        var result = new JsonArray();
        foreach (var item in items) result.Add(ToJsonNode(item, open));
        return result;
    }

    private static string Key(object key) => key switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        double or float => PythonFloat.Repr(Convert.ToDouble(key, CultureInfo.InvariantCulture)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString() ?? "",
    };
}
