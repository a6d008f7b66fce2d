using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Starlette.Hosting.Kestrel;

/// <summary>The server side of the RFC 6455 opening handshake (and RFC 8441's extended CONNECT for HTTP/2).</summary>
internal static class WebSocketHandshake
{
    private const string Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    public static bool IsWebSocketRequest(IFeatureCollection features)
    {
        if (features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true } connect)
            return string.Equals(connect.Protocol, "websocket", StringComparison.OrdinalIgnoreCase);
        if (features.Get<IHttpUpgradeFeature>() is not { IsUpgradableRequest: true }) return false;
        var headers = features.GetRequiredFeature<IHttpRequestFeature>().Headers;
        return headers.Upgrade.Any(value => value?.Contains("websocket", StringComparison.OrdinalIgnoreCase) == true);
    }

    /// <summary>Whether an HTTP/1.1 upgrade carries a usable key and version 13; extended CONNECT needs no key.</summary>
    public static bool IsValid(IFeatureCollection features, IHeaderDictionary headers) =>
        features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true }
        || (headers.SecWebSocketVersion.ToString() == "13" && IsValidKey(headers.SecWebSocketKey.ToString()));

    public static string[] Subprotocols(IHeaderDictionary headers) =>
        headers.SecWebSocketProtocol
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToArray();

    public static string AcceptKey(string key) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key.Trim() + Guid)));

    public static void SetUpgradeHeaders(IHeaderDictionary response, IHeaderDictionary request, string? subprotocol, bool extendedConnect)
    {
        if (!extendedConnect)
        {
            response[HeaderNames.Upgrade] = "websocket";
            response[HeaderNames.Connection] = "Upgrade";
            response[HeaderNames.SecWebSocketAccept] = AcceptKey(request.SecWebSocketKey.ToString());
        }

        if (subprotocol is not null) response[HeaderNames.SecWebSocketProtocol] = subprotocol;
    }

    private static bool IsValidKey(string key)
    {
        Span<byte> decoded = stackalloc byte[24];
        return Convert.TryFromBase64String(key.Trim(), decoded, out var written) && written == 16;
    }
}
