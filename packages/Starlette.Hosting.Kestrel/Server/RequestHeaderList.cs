using System.Collections;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// The scope's headers as a lazy view over Kestrel's request headers: nothing is copied until an app reads them,
/// then names are lowercased (without allocating for the common ones) and multi-valued headers become pairs.
/// </summary>
internal sealed class RequestHeaderList(IHeaderDictionary headers) : IReadOnlyList<HttpHeader>
{
    private static readonly Dictionary<string, string> KnownLowercase = new[]
    {
        HeaderNames.Accept, HeaderNames.AcceptEncoding, HeaderNames.AcceptLanguage, HeaderNames.Authorization,
        HeaderNames.CacheControl, HeaderNames.Connection, HeaderNames.ContentLength, HeaderNames.ContentType,
        HeaderNames.Cookie, HeaderNames.Host, HeaderNames.IfModifiedSince, HeaderNames.IfNoneMatch, HeaderNames.Origin,
        HeaderNames.Range, HeaderNames.Referer, HeaderNames.SecWebSocketKey, HeaderNames.SecWebSocketProtocol,
        HeaderNames.SecWebSocketVersion, HeaderNames.SecWebSocketExtensions, HeaderNames.Upgrade, HeaderNames.UserAgent,
        "X-Forwarded-For", "X-Forwarded-Proto", HeaderNames.TE, HeaderNames.Expect,
    }.ToDictionary(name => name, name => name.ToLowerInvariant(), StringComparer.Ordinal);

    private HttpHeader[]? _items;

    public int Count => Items.Length;

    public HttpHeader this[int index] => Items[index];

    public IEnumerator<HttpHeader> GetEnumerator() => ((IEnumerable<HttpHeader>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private HttpHeader[] Items => _items ??= Materialize();

    private HttpHeader[] Materialize()
    {
        var list = new List<HttpHeader>(headers.Count + 2);
        foreach (var (name, values) in headers)
        {
            var lower = KnownLowercase.TryGetValue(name, out var known) ? known : name.ToLowerInvariant();
            foreach (var value in values) list.Add(new HttpHeader(lower, value ?? ""));
        }

        return [.. list];
    }
}
