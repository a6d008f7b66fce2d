using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette;

/// <summary>
/// Turns exceptions raised by the app into responses (upstream's <c>ExceptionMiddleware</c>): an
/// <see cref="HttpException"/> becomes a plain-text response with its detail and headers (an empty body for 204 and
/// 304), a <see cref="WebSocketCloseException"/> closes the socket with its code and reason, and the
/// <see cref="ExceptionHandlers"/> can override either or handle other exception types. Unhandled exceptions
/// propagate. Lifespan scopes pass through.
/// </summary>
public sealed class ExceptionMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "ExceptionMiddleware";

    private readonly AsgiApp _next;
    private readonly ExceptionHandlers _handlers;
    private readonly EndpointHandler _endpointHandler;

    /// <summary>Wraps <paramref name="next"/>.</summary>
    /// <param name="next">The app to call.</param>
    /// <param name="handlers">The handlers; <see langword="null"/> for the defaults only.</param>
    /// <param name="debug">Kept for parity with upstream, which does not use it either.</param>
    public ExceptionMiddleware(AsgiApp next, ExceptionHandlers? handlers = null, bool debug = false)
    {
        ArgumentNullException.ThrowIfNull(next);
        _next = next;
        _handlers = handlers ?? new ExceptionHandlers();
        _endpointHandler = new EndpointHandler(this);
        Debug = debug;
    }

    /// <summary>The debug flag given at construction.</summary>
    public bool Debug { get; }

    /// <summary>Describes the middleware for a middleware list.</summary>
    /// <param name="handlers">The handlers.</param>
    /// <param name="debug">The debug flag.</param>
    /// <returns>The descriptor.</returns>
    public static MiddlewareDescriptor Create(ExceptionHandlers? handlers = null, bool debug = false) =>
        new(Name, next => new ExceptionMiddleware(next, handlers, debug).InvokeAsync, handlers);

    /// <summary>Runs the app, handling what it raises.</summary>
    /// <param name="scope">The connection scope.</param>
    /// <param name="receive">Receives messages.</param>
    /// <param name="send">Sends messages.</param>
    /// <returns>A task that completes when the connection is handled.</returns>
    /// <exception cref="InvalidOperationException">A handler would run after the response started.</exception>
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Type == ScopeType.Lifespan) return _next(scope, receive, send);

        // Routes answer what their endpoints raise through this handler (upstream's scope["starlette.exception_handlers"]),
        // so middleware inside the app sees the handled response; the rest is caught here.
        scope.Items[ScopeItemKeys.ExceptionHandlers] = _endpointHandler;
        var tracker = ResponseStartTracker.For(send, out var owned);

        // Upstream hands the handler the endpoint's own Request, body already read; for what is caught here (outside a
        // route) that Request is out of reach, so the request messages the app consumed are replayed to a new one.
        var replay = scope.Type == ScopeType.Http && _handlers.HasHttpHandlers ? new ReceiveRecorder(receive) : null;
        var running = AppCall.Start(_next, scope, replay is null ? receive : replay.ReceiveAsync, tracker.Send);

        // No state machine when the app completes synchronously without raising (the common case).
        if (!running.IsCompletedSuccessfully) return AwaitAsync(running, scope, receive, send, tracker, replay);
        running.GetAwaiter().GetResult();
        if (owned) tracker.Release();
        return default;
    }

    private async ValueTask AwaitAsync(ValueTask running, Scope scope, Receive receive, Send send, ResponseStartTracker tracker, ReceiveRecorder? replay)
    {
        try
        {
            await running.ConfigureAwait(false);
        }
        catch (Exception error) when (CanHandle(scope, error))
        {
            if (tracker.Started) throw new InvalidOperationException("Caught handled exception, but response already started.", error);
            HttpConnection? connection = scope.Type == ScopeType.Http ? new Request(scope, replay is null ? receive : replay.Replay(), send) : null;
            await HandleAsync(connection, error, scope, receive, tracker.Send).ConfigureAwait(false);
        }
    }

    private async ValueTask HandleAsync(HttpConnection? connection, Exception error, Scope scope, Receive receive, Send send)
    {
        if (scope.Type == ScopeType.WebSocket && (_handlers.FindWebSocket(error) ?? (error is WebSocketCloseException ? DefaultWebSocket : null)) is { } onSocket)
        {
            await onSocket(connection as WebSocket ?? new WebSocket(scope, receive, send), error).ConfigureAwait(false);
            return;
        }

        // HTTP handlers also answer WebSocket sessions, as upstream: the response goes out as a denial response.
        var handler = _handlers.FindHttp(error) ?? DefaultHttp;
        var request = connection as Request ?? new Request(HandshakeScope(scope));
        var response = await handler(request, error).ConfigureAwait(false);
        if (response is not null) await response.ExecuteAsync(scope, receive, send).ConfigureAwait(false);
    }

    /// <summary>The handler routes use to answer what their endpoints raise, before any response started.</summary>
    private sealed class EndpointHandler(ExceptionMiddleware middleware) : IEndpointExceptionHandler
    {
        public bool CanHandle(Scope scope, Exception error) => middleware.CanHandle(scope, error);

        public ValueTask HandleAsync(HttpConnection connection, Exception error, Scope scope, Receive receive, Send send) =>
            middleware.HandleAsync(connection, error, scope, receive, send);
    }

    /// <summary>An HTTP view of a WebSocket handshake, so HTTP handlers (typed on <see cref="Request"/>) can read
    /// it; shares the items, path parameters and state.</summary>
    private static Scope HandshakeScope(Scope scope) => new(ScopeType.Http)
    {
        AsgiVersion = scope.AsgiVersion,
        SpecVersion = scope.SpecVersion,
        HttpVersion = scope.HttpVersion,
        Method = "GET",
        Scheme = scope.Scheme,
        Path = scope.Path,
        RawPath = scope.RawPath,
        QueryString = scope.QueryString,
        RootPath = scope.RootPath,
        Headers = scope.Headers,
        Client = scope.Client,
        Server = scope.Server,
        State = scope.State,
        Extensions = scope.Extensions,
        Items = scope.Items,
        PathParams = scope.PathParams,
    };

    private bool CanHandle(Scope scope, Exception error) =>
        error is HttpException || _handlers.FindHttp(error) is not null
        || (scope.Type == ScopeType.WebSocket && (error is WebSocketCloseException || _handlers.FindWebSocket(error) is not null));

    private static ValueTask<Response> DefaultHttp(Request request, Exception error)
    {
        if (error is not HttpException http) throw new InvalidOperationException("No handler for the exception.", error);
        var headers = http.Headers is null ? null : HeaderFields.From(http.Headers);
        if (http.StatusCode is 204 or 304) return ValueTask.FromResult(new Response(default(ReadOnlyMemory<byte>), http.StatusCode, headers));
        return ValueTask.FromResult<Response>(new PlainTextResponse(http.Detail, http.StatusCode, headers));
    }

    private static ValueTask DefaultWebSocket(WebSocket webSocket, Exception error)
    {
        if (error is not WebSocketCloseException close) throw new InvalidOperationException("No handler for the exception.", error);
        return webSocket.CloseAsync(close.Code, close.Reason);
    }
}
