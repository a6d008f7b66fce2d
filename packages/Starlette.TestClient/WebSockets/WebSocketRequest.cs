using Starlette.Types;

namespace Starlette.Testing;

/// <summary>The handshake request of <see cref="TestClient.WebSocketConnectAsync"/>, with the client's default headers and cookies.</summary>
internal static class WebSocketRequest
{
    public static readonly IReadOnlyDictionary<string, object?> Extensions = new Dictionary<string, object?>
    {
        [ExtensionNames.WebSocketHttpResponse] = null,
    };

    public static HttpRequestMessage Create(
        TestClient client, string url, IEnumerable<string>? subprotocols, HeaderFields? headers)
    {
        ArgumentNullException.ThrowIfNull(url);
        var request = new HttpRequestMessage(HttpMethod.Get, Resolve(client.BaseAddress!, url));
        foreach (var (name, value) in headers ?? []) request.Headers.TryAddWithoutValidation(name, value);
        AddDefault(request, "connection", "upgrade");
        AddDefault(request, "sec-websocket-key", "testserver==");
        AddDefault(request, "sec-websocket-version", "13");
        if (subprotocols is not null) AddDefault(request, "sec-websocket-protocol", string.Join(", ", subprotocols));
        foreach (var (name, values) in client.DefaultRequestHeaders.NonValidated)
        {
            if (!request.Headers.Contains(name))
                foreach (var value in values) request.Headers.TryAddWithoutValidation(name, value);
        }

        if (!request.Headers.Contains("cookie")
            && client.Cookies.GetCookieHeader(CookieHandler.HttpUri(request.RequestUri!)) is { Length: > 0 } cookie)
        {
            request.Headers.TryAddWithoutValidation("cookie", cookie);
        }

        return request;
    }

    private static void AddDefault(HttpRequestMessage request, string name, string value)
    {
        if (!request.Headers.Contains(name)) request.Headers.TryAddWithoutValidation(name, value);
    }

    private static Uri Resolve(Uri baseAddress, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "ws" or "wss") return absolute;
        var wsBase = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Port = baseAddress.IsDefaultPort ? -1 : baseAddress.Port };
        var target = new Uri(wsBase.Uri, url);
        if (target.Scheme is not ("ws" or "wss"))
            throw new ArgumentException($"A WebSocket URL must be a path or a ws:// or wss:// URL, not '{url}'.", nameof(url));
        return target;
    }
}
