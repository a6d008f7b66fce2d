using System.Runtime.CompilerServices;
using Starlette.Datastructures;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette;

/// <summary>
/// The application (upstream's <c>Starlette</c> class): a <see cref="Router"/> wrapped in upstream's middleware
/// stack, <see cref="ServerErrorMiddleware"/> outermost, then the body limit when <see cref="MaxBodySize"/> is set, then the user middleware in list order, then
/// <see cref="ExceptionMiddleware"/> innermost. The stack is built on the first call; middleware cannot be added
/// after that. The app puts itself in <c>scope.Items["app"]</c>.
/// </summary>
/// <example>
/// <code>
/// var app = new StarletteApp(routes: [new Route("/", _ => new PlainTextResponse("Hello"))]);
/// using var client = new TestClient(app.InvokeAsync);
/// </code>
/// </example>
public sealed class StarletteApp : IRoutedApp, IUrlPathProvider
{

    private readonly List<MiddlewareDescriptor> _userMiddleware;
    private AsgiApp? _stack;

    /// <summary>Creates an application.</summary>
    /// <param name="debug">Answer unhandled errors with tracebacks.</param>
    /// <param name="routes">The routes serving HTTP and WebSocket requests.</param>
    /// <param name="middleware">Middleware to run for every request, outermost first.</param>
    /// <param name="exceptionHandlers">Handlers by status code or exception type; a 500 or <see cref="Exception"/>
    /// handler goes to <see cref="ServerErrorMiddleware"/>.</param>
    /// <param name="lifespan">Startup and shutdown work. Use it or <paramref name="onStartup"/>/<paramref name="onShutdown"/>, not both.</param>
    /// <param name="onStartup">A convenience upstream has removed: callbacks run at startup, in order.</param>
    /// <param name="onShutdown">A convenience upstream has removed: callbacks run at shutdown, in order.</param>
    /// <param name="maxBodySize">The largest request body the app accepts, in bytes (upstream's <c>max_body_size</c>),
    /// enforced outside the user middleware; a <see cref="Route"/>, <see cref="Routing.Mount"/> or <see cref="Router"/> limit replaces it. Default: no limit.</param>
    /// <exception cref="ArgumentException">Both <paramref name="lifespan"/> and startup or shutdown callbacks are given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBodySize"/> is negative.</exception>
    public StarletteApp(
        bool debug = false,
        IEnumerable<BaseRoute>? routes = null,
        IEnumerable<MiddlewareDescriptor>? middleware = null,
        ExceptionHandlers? exceptionHandlers = null,
        Lifespan? lifespan = null,
        IEnumerable<Func<ValueTask>>? onStartup = null,
        IEnumerable<Func<ValueTask>>? onShutdown = null,
        long? maxBodySize = null)
    {
        if (maxBodySize is { } limit) ArgumentOutOfRangeException.ThrowIfNegative(limit, nameof(maxBodySize));
        if (lifespan is not null && (onStartup is not null || onShutdown is not null))
            throw new ArgumentException("Use either 'lifespan' or 'onStartup'/'onShutdown', not both.", nameof(lifespan));
        if (onStartup is not null || onShutdown is not null) lifespan = Lifespans.FromEvents(onStartup, onShutdown);
        Debug = debug;
        Router = new Router(routes, lifespan: lifespan);
        ExceptionHandlers = exceptionHandlers is null ? new ExceptionHandlers() : new ExceptionHandlers(exceptionHandlers);
        _userMiddleware = middleware is null ? [] : [.. middleware];
        MaxBodySize = maxBodySize;
    }

    /// <summary>The largest request body the app accepts, in bytes, or <see langword="null"/>; read when the first call builds the stack.</summary>
    public long? MaxBodySize { get; }

    /// <summary>Whether unhandled errors are answered with tracebacks; read when the first call builds the stack.</summary>
    public bool Debug { get; set; }

    /// <summary>Application-wide state (upstream's <c>app.state</c>).</summary>
    public State State { get; } = new();

    /// <summary>The router at the bottom of the stack.</summary>
    public Router Router { get; }

    /// <summary>The router's routes.</summary>
    public RouteCollection Routes => Router.Routes;

    IReadOnlyList<BaseRoute> IRoutedApp.Routes => Router.Routes;

    /// <summary>The exception handlers; changes count until the first call builds the stack.</summary>
    public ExceptionHandlers ExceptionHandlers { get; }

    /// <summary>The user middleware, outermost first.</summary>
    public IReadOnlyList<MiddlewareDescriptor> UserMiddleware => _userMiddleware;

    /// <summary>The app as an <see cref="AsgiApp"/> delegate.</summary>
    /// <param name="app">The application.</param>
    public static implicit operator AsgiApp(StarletteApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.InvokeAsync;
    }

    /// <summary>The app as an <see cref="AsgiApp"/> delegate.</summary>
    /// <returns>The delegate.</returns>
    public AsgiApp ToApp() => InvokeAsync;

    /// <summary>Handles a connection: stores the app in the scope and runs the middleware stack, building it on
    /// the first call.</summary>
    /// <param name="scope">The connection scope.</param>
    /// <param name="receive">Receives messages.</param>
    /// <param name="send">Sends messages.</param>
    /// <returns>A task that completes when the connection is handled.</returns>
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Items[ScopeItemKeys.App] = this;
        _stack ??= BuildMiddlewareStack();
        return _stack(scope, receive, send);
    }

    /// <summary>Adds a middleware as the outermost user middleware (inside <see cref="ServerErrorMiddleware"/>).</summary>
    /// <param name="middleware">The middleware.</param>
    /// <exception cref="InvalidOperationException">The application has started.</exception>
    public void AddMiddleware(MiddlewareDescriptor middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        if (_stack is not null) throw new InvalidOperationException("Cannot add middleware after an application has started");
        _userMiddleware.Insert(0, middleware);
    }

    /// <summary>Adds an HTTP route.</summary>
    /// <param name="path">The path pattern.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="methods">The accepted methods; <see langword="null"/> for GET (and HEAD).</param>
    /// <param name="name">The route name.</param>
    /// <param name="includeInSchema">Whether schema generation includes it.</param>
    public void AddRoute(string path, Func<Request, ValueTask<Response>> endpoint, IEnumerable<string>? methods = null, string? name = null, bool includeInSchema = true) =>
        Router.AddRoute(path, endpoint, methods, name, includeInSchema);

    /// <summary>Adds a WebSocket route.</summary>
    /// <param name="path">The path pattern.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="name">The route name.</param>
    public void AddWebSocketRoute(string path, Func<WebSocket, ValueTask> endpoint, string? name = null) =>
        Router.AddWebSocketRoute(path, endpoint, name);

    /// <summary>Mounts an app under a path prefix.</summary>
    /// <param name="path">The prefix.</param>
    /// <param name="app">The mounted app.</param>
    /// <param name="name">The mount name.</param>
    public void Mount(string path, AsgiApp app, string? name = null) => Router.Mount(path, app, name);

    /// <summary>Mounts an app that lists its routes (another application), so their names resolve through the mount.</summary>
    /// <param name="path">The prefix.</param>
    /// <param name="app">The mounted app.</param>
    /// <param name="name">The mount name.</param>
    [OverloadResolutionPriority(1)]
    public void Mount(string path, IRoutedApp app, string? name = null) => Router.Mount(path, app, name);

    /// <summary>Serves a host name with an app.</summary>
    /// <param name="host">The host pattern.</param>
    /// <param name="app">The app.</param>
    /// <param name="name">The host route name.</param>
    public void Host(string host, AsgiApp app, string? name = null) => Router.Host(host, app, name);

    /// <summary>Builds the URL path of a named route.</summary>
    /// <param name="name">The route name.</param>
    /// <returns>The path.</returns>
    /// <exception cref="NoMatchFoundException">No route matches.</exception>
    public UrlPath UrlPathFor(string name) => Router.UrlPathFor(name);

    /// <inheritdoc />
    public UrlPath UrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams) => Router.UrlPathFor(name, pathParams);

    /// <inheritdoc />
    public override string ToString() => $"StarletteApp(routes={Router.Routes.Count}, middleware={_userMiddleware.Count}, debug={Debug})";

    private AsgiApp BuildMiddlewareStack()
    {
        var stack = new List<MiddlewareDescriptor>(_userMiddleware.Count + 3)
        {
            ServerErrorMiddleware.Create(ExceptionHandlers.ServerErrorHandler, Debug),
        };
        if (MaxBodySize is { } limit) stack.Add(RequestBodyLimitMiddleware.Create(limit));
        stack.AddRange(_userMiddleware);
        stack.Add(ExceptionMiddleware.Create(ExceptionHandlers.WithoutServerError(), Debug));
        AsgiApp app = Router.InvokeAsync;
        for (var i = stack.Count - 1; i >= 0; i--) app = stack[i].Wrap(app);
        return app;
    }
}
