using System.Net;
using Microsoft.AspNetCore.Http;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// uvicorn's proxy-headers rule: when the peer is a trusted proxy, <c>X-Forwarded-Proto</c> sets the scheme and
/// <c>X-Forwarded-For</c> the client (the right-most address that is not itself a trusted proxy).
/// </summary>
internal sealed class ProxyHeaders(IEnumerable<string> trusted)
{
    private readonly bool _trustAll = trusted.Contains("*");
    private readonly HashSet<string> _trusted = trusted.Where(t => t != "*").ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool IsTrusted(string? address) => _trustAll || (address is not null && _trusted.Contains(address));

    public string? Scheme(IHeaderDictionary headers, bool webSocket)
    {
        var proto = headers["X-Forwarded-Proto"].ToString();
        if (proto.Length == 0) return null;
        var last = proto[(proto.LastIndexOf(',') + 1)..].Trim().ToLowerInvariant();
        if (last is not ("http" or "https" or "ws" or "wss")) return null;
        return webSocket ? last.Replace("http", "ws", StringComparison.Ordinal) : last.Replace("ws", "http", StringComparison.Ordinal);
    }

    public string? Client(IHeaderDictionary headers)
    {
        var forwarded = headers["X-Forwarded-For"].ToString();
        if (forwarded.Length == 0) return null;
        var hosts = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = hosts.Length - 1; i >= 0; i--)
        {
            if (!IsTrusted(hosts[i])) return IPAddress.TryParse(hosts[i], out _) ? hosts[i] : null;
        }

        return hosts.Length > 0 ? hosts[0] : null;
    }
}
