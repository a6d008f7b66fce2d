using Starlette.Common;
using Starlette.Types;

namespace Starlette.StaticFiles.Internal;

/// <summary>
/// Upstream's <c>is_not_modified</c>: a non-empty <c>If-None-Match</c> decides alone (the response's <c>etag</c>
/// against each comma-separated tag, stripped and without a <c>W/</c> prefix); otherwise <c>If-Modified-Since</c>
/// at or after <c>last-modified</c>, both read as Python's <c>parsedate</c> reads them.
/// </summary>
internal static class ConditionalRequests
{
    public static bool IsNotModified(IReadOnlyList<HttpHeader> responseHeaders, IReadOnlyList<HttpHeader> requestHeaders)
    {
        var ifNoneMatch = Find(requestHeaders, "if-none-match");
        if (!string.IsNullOrEmpty(ifNoneMatch))
        {
            var etag = Find(responseHeaders, "etag") ?? throw new KeyNotFoundException("The header 'etag' is not present.");
            return Matches(ifNoneMatch, etag);
        }

        var ifModifiedSince = Find(requestHeaders, "if-modified-since");
        if (ifModifiedSince is null) return false;
        var lastModified = Find(responseHeaders, "last-modified");
        if (lastModified is null) return false;
        return PythonDate.TryParse(ifModifiedSince, out var since)
            && PythonDate.TryParse(lastModified, out var modified)
            && since.CompareTo(modified) >= 0;
    }

    private static bool Matches(string ifNoneMatch, string etag)
    {
        var span = ifNoneMatch.AsSpan();
        foreach (var range in span.Split(','))
        {
            var tag = PythonText.Strip(span[range]);
            if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
            if (tag.SequenceEqual(etag)) return true;
        }

        return false;
    }

    private static string? Find(IReadOnlyList<HttpHeader> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase)) return header.Value;
        }

        return null;
    }
}
