using System.Collections;

namespace Starlette.Schemas.Tests;

/// <summary>Builds expected trees and compares trees as Python's <c>==</c> compares dicts and lists.</summary>
internal static class Tree
{
    public static Dictionary<object, object?> Map(params (object Key, object? Value)[] entries)
    {
        var map = new Dictionary<object, object?>();
        foreach (var (key, value) in entries) map.Add(key, value);
        return map;
    }

    public static List<object?> List(params object?[] items) => [.. items];

    public static void Equal(object? expected, object? actual, string path = "$")
    {
        switch (expected)
        {
            case IDictionary map:
                var other = Assert.IsAssignableFrom<IDictionary>(actual);
                Assert.True(map.Count == other.Count, $"{path}: expected {map.Count} keys, got {other.Count}");
                foreach (DictionaryEntry entry in map)
                {
                    Assert.True(other.Contains(entry.Key), $"{path}: missing key {entry.Key} ({entry.Key.GetType().Name})");
                    Equal(entry.Value, other[entry.Key], $"{path}[{entry.Key}]");
                }

                break;
            case IList list when expected is not string:
                var items = Assert.IsAssignableFrom<IList>(actual);
                Assert.True(list.Count == items.Count, $"{path}: expected {list.Count} items, got {items.Count}");
                for (var i = 0; i < list.Count; i++) Equal(list[i], items[i], $"{path}[{i}]");
                break;
            default:
                Assert.True(Equals(expected, actual), $"{path}: expected {expected} ({expected?.GetType().Name}), got {actual} ({actual?.GetType().Name})");
                break;
        }
    }
}
