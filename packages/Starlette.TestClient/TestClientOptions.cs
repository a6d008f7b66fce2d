using System.Net;
using Starlette.Types;

namespace Starlette.Testing;

/// <summary>How a <see cref="TestClient"/> talks to its app (upstream's <c>TestClient(...)</c> keyword arguments).</summary>
public sealed class TestClientOptions
{
    /// <summary>The base address requests are resolved against; default <c>http://testserver</c>.</summary>
    /// <remarks>Relative URLs resolve by <see cref="HttpClient.BaseAddress"/>'s rules (RFC 3986).</remarks>
    public Uri BaseAddress { get; set; } = new("http://testserver");

    /// <summary>
    /// Whether an exception the app throws reaches the test (default <see langword="true"/>, upstream's
    /// <c>raise_server_exceptions</c>). When <see langword="false"/>, an exception before the response started
    /// becomes an empty 500 response.
    /// </summary>
    public bool RaiseServerExceptions { get; set; } = true;

    /// <summary>The <c>root_path</c> every scope carries; default empty.</summary>
    public string RootPath { get; set; } = "";

    /// <summary>The client address every scope carries; default <c>("testclient", 50000)</c>.</summary>
    public HostPort Client { get; set; } = new("testclient", 50000);

    /// <summary>Whether redirects are followed (default <see langword="true"/>); a request can override it with <see cref="TestClient.FollowRedirectsOption"/>.</summary>
    public bool FollowRedirects { get; set; } = true;

    /// <summary>The most redirects followed for one request before it fails; default 20.</summary>
    public int MaxRedirects { get; set; } = 20;

    /// <summary>Headers sent with every request; a <c>user-agent</c> here replaces the default <c>testclient</c>.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long disposing a WebSocket session waits for the app to return after sending it a disconnect and
    /// signalling <see cref="Scope.Aborted"/>; default 10 seconds. Past it, dispose throws <see cref="TimeoutException"/>.
    /// </summary>
    public TimeSpan WebSocketShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The cookie jar; cookies the app sets are kept here and sent back by domain and path.</summary>
    public CookieContainer Cookies { get; set; } = new();
}
