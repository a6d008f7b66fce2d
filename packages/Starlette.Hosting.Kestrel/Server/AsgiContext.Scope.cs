using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

internal sealed partial class AsgiContext
{
    private static readonly IReadOnlyDictionary<string, object?> HttpExtensions = Extensions(ExtensionNames.PathSend);
    private static readonly IReadOnlyDictionary<string, object?> HttpExtensionsWithTrailers = Extensions(ExtensionNames.PathSend, ExtensionNames.Trailers);
    private static readonly IReadOnlyDictionary<string, object?> WebSocketExtensions = Extensions(ExtensionNames.WebSocketHttpResponse);

    private Scope CreateScope(string pathPrefix, string rootPath)
    {
        var connection = _features.Get<IHttpConnectionFeature>();
        var client = connection?.RemoteIpAddress is { } remote ? new HostPort(Text(remote, ref _remote), connection.RemotePort) : (HostPort?)null;
        var scheme = _isWebSocket ? (_request.Scheme == "https" ? "wss" : "ws") : _request.Scheme;
        if (_application.Proxy is { } proxy && proxy.IsTrusted(client?.Host))
        {
            scheme = proxy.Scheme(_request.Headers, _isWebSocket) ?? scheme;
            if (proxy.Client(_request.Headers) is { } forwarded) client = new HostPort(forwarded, 0);
        }

        var (path, rawPath) = Paths(pathPrefix);
        var scope = new Scope(_isWebSocket ? ScopeType.WebSocket : ScopeType.Http)
        {
            SpecVersion = "2.4",
            HttpVersion = HttpVersionOf(_request.Protocol),
            Method = _isWebSocket ? "GET" : _request.Method,
            Scheme = scheme,
            Path = path,
            RawPath = rawPath,
            QueryString = _request.QueryString.Length > 1 ? _request.QueryString[1..] : "",
            RootPath = rootPath,
            Headers = new RequestHeaderList(_request.Headers),
            Client = client,
            Server = connection?.LocalIpAddress is { } local ? new HostPort(Text(local, ref _local), connection.LocalPort) : null,
            State = _application.State is { } state ? new Dictionary<string, object?>(state, StringComparer.Ordinal) : null,
            Extensions = _isWebSocket ? WebSocketExtensions
                : _features.Get<IHttpResponseTrailersFeature>() is not null ? HttpExtensionsWithTrailers
                : HttpExtensions,
            Aborted = _aborted,
        };
        if (_isWebSocket) scope.Subprotocols = WebSocketHandshake.Subprotocols(_request.Headers);
        return scope;
    }

    // As uvicorn: raw_path is the request target up to '?', path is it percent-decoded with its dot segments kept
    // (Kestrel's own path has them resolved, which AsgiServerOptions.NormalizePath keeps). A target that is not a
    // path (absolute form, '*'), or one whose decoded form no longer starts with the PathBase ASP.NET routed on, falls
    // back to Kestrel's path.
    private (string Path, string RawPath) Paths(string prefix)
    {
        var target = _request.RawTarget;
        var query = target.IndexOf('?', StringComparison.Ordinal);
        string path, rawPath;
        if (target.StartsWith('/'))
        {
            rawPath = query < 0 ? target : target[..query];
            path = _application.Options.NormalizePath ? NormalizedPath() : RequestPath.Unquote(rawPath);
            if (!path.StartsWith(_request.PathBase, StringComparison.Ordinal)) path = NormalizedPath();
        }
        else
        {
            path = NormalizedPath();
            rawPath = Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal);
        }

        return prefix.Length == 0 ? (path, rawPath) : (prefix + path, prefix + rawPath);
    }

    private string NormalizedPath()
    {
        var path = _request.PathBase + _request.Path;
        return path.Contains("%2F", StringComparison.OrdinalIgnoreCase) ? path.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase) : path;
    }

    private static string HttpVersionOf(string protocol) => protocol switch
    {
        "HTTP/1.1" => "1.1",
        "HTTP/2" => "2",
        "HTTP/1.0" => "1.0",
        "HTTP/3" => "3",
        _ => protocol.StartsWith("HTTP/", StringComparison.Ordinal) ? protocol[5..] : protocol,
    };

    // A connection's addresses are the same objects on every request it carries: format each once.
    private (IPAddress? Address, string Text) _remote;
    private (IPAddress? Address, string Text) _local;

    private static string Text(IPAddress address, ref (IPAddress? Address, string Text) cache)
    {
        if (!ReferenceEquals(cache.Address, address)) cache = (address, Address(address));
        return cache.Text;
    }

    private static string Address(IPAddress address) =>
        (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    private static IReadOnlyDictionary<string, object?> Extensions(params string[] names) =>
        names.ToDictionary(name => name, _ => (object?)null, StringComparer.Ordinal);
}
