using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Starlette.Hosting.Kestrel;

/// <summary>How <see cref="AsgiServer"/> serves an app: the options uvicorn users expect.</summary>
public sealed class AsgiServerOptions
{
    /// <summary>The interface to bind; default <c>127.0.0.1</c> (uvicorn's <c>--host</c>). Ignored when <see cref="Urls"/> is set.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The port to bind; default 8000, 0 picks a free one (uvicorn's <c>--port</c>). Ignored when <see cref="Urls"/> is set.</summary>
    public int Port { get; set; } = 8000;

    /// <summary>URLs to listen on instead of <see cref="Host"/>/<see cref="Port"/>, e.g. <c>http://0.0.0.0:8000</c> or <c>https://localhost:8443</c>.</summary>
    public IList<string> Urls { get; } = [];

    /// <summary>The <c>root_path</c> of every scope (uvicorn's <c>--root-path</c>); paths are prefixed with it, as uvicorn does.</summary>
    public string RootPath { get; set; } = "";

    /// <summary>
    /// Whether the scope's <c>path</c> is Kestrel's normalized path (<c>.</c> and <c>..</c> segments resolved) instead of
    /// the request target percent-decoded as the client sent it, which is what uvicorn passes and the default
    /// (<see langword="false"/>). With the default, <c>GET /files/x/../y</c> reaches a <c>/files/{rest:path}</c> route
    /// with <c>rest</c> = <c>x/../y</c>; an app that joins such a path to a directory must guard it, as StaticFiles does.
    /// <c>raw_path</c> is the raw target either way.
    /// </summary>
    public bool NormalizePath { get; set; }

    /// <summary>Whether to run the app's lifespan; default <see cref="LifespanMode.Auto"/>.</summary>
    public LifespanMode Lifespan { get; set; } = LifespanMode.Auto;

    /// <summary>Honour <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> from <see cref="ForwardedAllowIps"/>; default on (uvicorn's <c>--proxy-headers</c>).</summary>
    public bool ProxyHeaders { get; set; } = true;

    /// <summary>The proxies whose forwarded headers are trusted: IP addresses, or <c>*</c> for all; default <c>127.0.0.1</c>.</summary>
    public IList<string> ForwardedAllowIps { get; } = ["127.0.0.1"];

    /// <summary>
    /// The HTTP versions served. Default (<see langword="null"/>): HTTP/1.1 and HTTP/2 over TLS, HTTP/1.1 on
    /// cleartext (where HTTP/2 needs prior knowledge: set <see cref="HttpProtocols.Http2"/> alone for that).
    /// </summary>
    public HttpProtocols? Protocols { get; set; }

    /// <summary>A certificate file for HTTPS: PEM (with <see cref="CertificateKeyPath"/>) or PKCS#12 (with <see cref="CertificatePassword"/>).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key of <see cref="CertificatePath"/>, when it is a PEM certificate.</summary>
    public string? CertificateKeyPath { get; set; }

    /// <summary>The password of a PKCS#12 <see cref="CertificatePath"/>.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Serve HTTPS with the ASP.NET Core development certificate (<c>dotnet dev-certs https</c>).</summary>
    public bool UseDevelopmentCertificate { get; set; }

    /// <summary>The largest request body accepted, in bytes (larger ones get 413); default 30 MB, <see langword="null"/> for no limit.</summary>
    public long? MaxRequestBodySize { get; set; } = 30_000_000;

    /// <summary>The largest total size of request headers, in bytes; default 32 KB.</summary>
    public int MaxRequestHeadersTotalSize { get; set; } = 32 * 1024;

    /// <summary>The most request headers accepted; default 100.</summary>
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>How long an idle keep-alive connection stays open; default 5 seconds (uvicorn's <c>--timeout-keep-alive</c>).</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a graceful shutdown waits for in-flight requests before aborting them; default 30 seconds.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a WebSocket is pinged to keep it alive; default 20 seconds (uvicorn's <c>--ws-ping-interval</c>).</summary>
    public TimeSpan WebSocketKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Log one line per request (uvicorn's access log) at Information level; default on.</summary>
    public bool AccessLog { get; set; } = true;

    /// <summary>Send a <c>Server: Kestrel</c> header; default off.</summary>
    public bool ServerHeader { get; set; }

    /// <summary>Where the server logs: errors, startup, and the access log; default: the console, as <see cref="ConsoleLogFormat"/> says.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// How the console log writes when <see cref="LoggerFactory"/> is not set; default <see cref="Kestrel.ConsoleLogFormat.Auto"/>:
    /// multi-line with readable exceptions in development (<c>DOTNET_ENVIRONMENT</c> or <c>ASPNETCORE_ENVIRONMENT</c>
    /// = <c>Development</c>), one line per event otherwise.
    /// </summary>
    public ConsoleLogFormat ConsoleLogFormat { get; set; } = ConsoleLogFormat.Auto;
}
