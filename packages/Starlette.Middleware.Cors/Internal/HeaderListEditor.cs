using Starlette.Types;

namespace Starlette.Middleware.Cors;

/// <summary>
/// Edits a response's header list in place, as upstream's <c>MutableHeaders</c> does, without allocating a wrapper.
/// Names are compared ordinally: the contract carries them lowercased.
/// </summary>
internal static class HeaderListEditor
{
    /// <summary>Replaces the first <paramref name="name"/> header (keeping its position) and drops later ones, or appends it.</summary>
    public static void Set(List<HttpHeader> headers, string name, string value)
    {
        var first = -1;
        for (var i = 0; i < headers.Count; i++)
        {
            if (!string.Equals(headers[i].Name, name, StringComparison.Ordinal)) continue;
            if (first < 0)
            {
                first = i;
            }
            else
            {
                headers.RemoveAt(i);
                i--;
            }
        }

        if (first >= 0) headers[first] = new HttpHeader(name, value);
        else headers.Add(new HttpHeader(name, value));
    }

    /// <summary>Adds <c>Origin</c> to the <c>vary</c> header: joined to the first existing value with <c>", "</c>, or on its own.</summary>
    public static void AddVaryOrigin(List<HttpHeader> headers)
    {
        string? existing = null;
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Name, CorsHeaderNames.Vary, StringComparison.Ordinal))
            {
                existing = headers[i].Value;
                break;
            }
        }

        Set(headers, CorsHeaderNames.Vary, existing is null ? "Origin" : string.Concat(existing, ", Origin"));
    }
}
