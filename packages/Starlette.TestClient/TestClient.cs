using Starlette.Types;

namespace Starlette.Testing;

/// <summary>
/// Upstream's <c>TestClient</c>: an <see cref="HttpClient"/> whose requests run through an app in-process, with a
/// cookie jar, redirects, lifespan (<see cref="StartLifespanAsync"/>) and WebSocket test sessions
/// (<see cref="WebSocketConnectAsync"/>).
/// </summary>
/// <example>
/// <code>
/// await using var client = new TestClient(app);
/// await using var lifespan = await client.StartLifespanAsync(); // optional: runs startup now, shutdown on dispose
/// var response = await client.GetAsync("/");
/// </code>
/// </example>
public class TestClient : HttpClient, IAsyncDisposable
{
    /// <summary>Set on a request (<c>request.Options.Set(TestClient.FollowRedirectsOption, false)</c>) to override <see cref="TestClientOptions.FollowRedirects"/>.</summary>
    public static readonly HttpRequestOptionsKey<bool> FollowRedirectsOption = new("Starlette.TestClient.FollowRedirects");

    private readonly AsgiApp _app;
    private readonly TestClientOptions _options;
    private readonly Dictionary<string, object?> _state;
    private TestClientLifespan? _lifespan;

    /// <summary>Creates a client for <paramref name="app"/>.</summary>
    /// <param name="app">The app every request runs through.</param>
    /// <param name="options">How the client talks to the app; default <see cref="TestClientOptions"/>.</param>
    public TestClient(AsgiApp app, TestClientOptions? options = null)
        : this(app, options ?? new TestClientOptions(), new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }

    private TestClient(AsgiApp app, TestClientOptions options, Dictionary<string, object?> state)
        : base(CreateHandler(app ?? throw new ArgumentNullException(nameof(app)), options, state), disposeHandler: true)
    {
        _app = app;
        _options = options;
        _state = state;
        BaseAddress = options.BaseAddress;
        DefaultRequestHeaders.TryAddWithoutValidation("accept", "*/*");
        DefaultRequestHeaders.TryAddWithoutValidation("accept-encoding", "gzip, deflate, br");
        DefaultRequestHeaders.TryAddWithoutValidation("connection", "keep-alive");
        if (!options.Headers.ContainsKey("user-agent")) DefaultRequestHeaders.TryAddWithoutValidation("user-agent", "testclient");
        foreach (var (name, value) in options.Headers) DefaultRequestHeaders.TryAddWithoutValidation(name, value);
    }

    /// <summary>The cookie jar (<see cref="TestClientOptions.Cookies"/>).</summary>
    public System.Net.CookieContainer Cookies => _options.Cookies;

    /// <summary>The lifespan state: the app fills it at startup; every request's scope gets a shallow copy.</summary>
    public IDictionary<string, object?> AppState => _state;

    /// <summary>
    /// Runs the app's lifespan startup (upstream's <c>with TestClient(app) as client</c>); disposing the returned
    /// scope runs shutdown. Can be started again after it was disposed.
    /// </summary>
    /// <param name="cancellationToken">Cancels waiting for startup.</param>
    /// <returns>The running lifespan.</returns>
    /// <exception cref="InvalidOperationException">A lifespan is already running, or startup failed with the app's message.</exception>
    public async Task<TestClientLifespan> StartLifespanAsync(CancellationToken cancellationToken = default)
    {
        if (_lifespan is { IsRunning: true })
            throw new InvalidOperationException("The lifespan is already running: dispose it before starting it again.");
        _lifespan = await TestClientLifespan.StartAsync(_app, _state, cancellationToken).ConfigureAwait(false);
        return _lifespan;
    }

    /// <summary>Opens a WebSocket session with the app (upstream's <c>websocket_connect</c>).</summary>
    /// <param name="url">A path (resolved against <see cref="HttpClient.BaseAddress"/> with its scheme turned into ws/wss) or a ws:// URL.</param>
    /// <param name="subprotocols">The subprotocols to offer, if any.</param>
    /// <param name="headers">Extra handshake headers.</param>
    /// <param name="cancellationToken">Cancels waiting for the app to answer the handshake.</param>
    /// <returns>The session, once the app accepted.</returns>
    /// <exception cref="WebSocketDisconnectException">The app closed the connection instead of accepting.</exception>
    /// <exception cref="WebSocketDenialResponseException">The app answered the handshake with an HTTP response.</exception>
    public Task<WebSocketTestSession> WebSocketConnectAsync(
        string url,
        IEnumerable<string>? subprotocols = null,
        HeaderFields? headers = null,
        CancellationToken cancellationToken = default)
    {
        var request = WebSocketRequest.Create(this, url, subprotocols, headers);
        var scope = ScopeFactory.Create(ScopeType.WebSocket, request, _options, WebSocketRequest.Extensions, _state);
        return WebSocketTestSession.ConnectAsync(_app, scope, _options.WebSocketShutdownTimeout, cancellationToken);
    }

    /// <summary>Runs lifespan shutdown if a lifespan is running, then disposes the client.</summary>
    /// <returns>A task that completes when shutdown has run.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_lifespan is { IsRunning: true } lifespan) await lifespan.DisposeAsync().ConfigureAwait(false);
        Dispose();
        GC.SuppressFinalize(this);
    }

    private static HttpMessageHandler CreateHandler(AsgiApp app, TestClientOptions options, Dictionary<string, object?> state) =>
        new RedirectHandler(options, new CookieHandler(options.Cookies, new AppHandler(app, options, () => state)));
}
