using Starlette.Types;

namespace Starlette.Common;

/// <summary>
/// Upstream's <c>MutableHeaders</c> operations middleware needs, done in place on a contract header list without
/// allocating a wrapper. Names match in any case (an app may send them in any), as upstream lowercases them.
/// </summary>
internal static class HeaderList
{
    public static string? Get(IReadOnlyList<HttpHeader> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase)) return header.Value;
        }

        return null;
    }

    public static bool Contains(List<HttpHeader> headers, string name) => IndexOf(headers, name, 0) >= 0;

    /// <summary>Replaces the first occurrence in place and removes the others, or appends (upstream's <c>__setitem__</c>).</summary>
    public static void Set(List<HttpHeader> headers, string name, string value)
    {
        var first = IndexOf(headers, name, 0);
        if (first < 0)
        {
            headers.Add(new HttpHeader(name, value));
            return;
        }

        headers[first] = new HttpHeader(name, value);
        RemoveFrom(headers, name, first + 1);
    }

    /// <summary>Removes every occurrence (upstream's <c>del headers[name]</c>, which tolerates a missing header here).</summary>
    public static void Remove(List<HttpHeader> headers, string name) => RemoveFrom(headers, name, 0);

    /// <summary>Joins <paramref name="vary"/> to an existing <c>vary</c> with <c>", "</c>, or adds it (upstream's <c>add_vary_header</c>).</summary>
    public static void AddVary(List<HttpHeader> headers, string vary)
    {
        var existing = Get(headers, "vary");
        Set(headers, "vary", existing is null ? vary : string.Concat(existing, ", ", vary));
    }

    private static int IndexOf(List<HttpHeader> headers, string name, int start)
    {
        for (var i = start; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        }

        return -1;
    }

    private static void RemoveFrom(List<HttpHeader> headers, string name, int start)
    {
        for (var i = headers.Count - 1; i >= start; i--)
        {
            if (string.Equals(headers[i].Name, name, StringComparison.OrdinalIgnoreCase)) headers.RemoveAt(i);
        }
    }
}
