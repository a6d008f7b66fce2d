using Starlette.Types;

namespace Starlette.Testing;

/// <summary>Builds the scope a request becomes, as upstream's test transport does.</summary>
internal static class ScopeFactory
{
    public static Scope Create(
        ScopeType type, HttpRequestMessage request, TestClientOptions options, IReadOnlyDictionary<string, object?> extensions,
        IDictionary<string, object?> state)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var rawPath = uri.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped);
        if (rawPath.Length == 0) rawPath = "/";

        var scope = new Scope(type)
        {
            HttpVersion = "1.1",
            Method = request.Method.Method,
            Scheme = uri.Scheme,
            Path = Uri.UnescapeDataString(rawPath),
            RawPath = rawPath,
            QueryString = uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped),
            RootPath = options.RootPath,
            Headers = Headers(request, uri),
            Client = options.Client,
            Server = new HostPort(uri.IdnHost, uri.Port),
            Extensions = extensions,
            State = new Dictionary<string, object?>(state, StringComparer.Ordinal),
        };
        if (type == ScopeType.WebSocket && request.Headers.TryGetValues("sec-websocket-protocol", out var protocols))
        {
            scope.Subprotocols = protocols
                .SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToArray();
        }

        return scope;
    }

    private static List<HttpHeader> Headers(HttpRequestMessage request, Uri uri)
    {
        var headers = new List<HttpHeader>();
        if (request.Headers.Host is null)
            headers.Add(new HttpHeader("host", uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port}"));
        Add(headers, request.Headers.NonValidated);
        if (request.Content is { } content)
        {
            _ = content.Headers.ContentLength; // lets content compute its length header
            Add(headers, content.Headers.NonValidated);
        }

        return headers;
    }

    private static void Add(List<HttpHeader> headers, System.Net.Http.Headers.HttpHeadersNonValidated source)
    {
        foreach (var (name, values) in source)
        {
            var lower = name.ToLowerInvariant();
            foreach (var value in values) headers.Add(new HttpHeader(lower, value));
        }
    }
}
