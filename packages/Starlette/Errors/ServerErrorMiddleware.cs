using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette;

/// <summary>
/// The outermost middleware (upstream's <c>ServerErrorMiddleware</c>): when the app raises, answers with a 500 if no
/// response has started (a traceback in debug mode; else the installed handler; else a plain <c>Internal Server
/// Error</c>), then rethrows the exception so the host can log it. Only HTTP scopes are guarded. The debug traceback
/// is an HTML page for clients that accept <c>text/html</c> (the exception chain, each frame with its source lines
/// when the source file is on this machine, readable names for async methods, lambdas and local functions, and the
/// request: method, path, query, route template, headers, cookies) and the exception's text otherwise.
/// </summary>
public sealed class ServerErrorMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "ServerErrorMiddleware";

    private readonly AsgiApp _next;
    private readonly Func<Request, Exception, ValueTask<Response>>? _handler;

    /// <summary>Wraps <paramref name="next"/>.</summary>
    /// <param name="next">The app to call.</param>
    /// <param name="handler">Builds the 500 response outside debug mode; <see langword="null"/> for the plain one.</param>
    /// <param name="debug">Answer with tracebacks.</param>
    public ServerErrorMiddleware(AsgiApp next, Func<Request, Exception, ValueTask<Response>>? handler = null, bool debug = false)
    {
        ArgumentNullException.ThrowIfNull(next);
        _next = next;
        _handler = handler;
        Debug = debug;
    }

    /// <summary>Whether the middleware answers with tracebacks.</summary>
    public bool Debug { get; }

    /// <summary>Describes the middleware for a middleware list.</summary>
    /// <param name="handler">The 500 handler.</param>
    /// <param name="debug">Answer with tracebacks.</param>
    /// <returns>The descriptor.</returns>
    public static MiddlewareDescriptor Create(Func<Request, Exception, ValueTask<Response>>? handler = null, bool debug = false) =>
        new(Name, next => new ServerErrorMiddleware(next, handler, debug).InvokeAsync);

    /// <summary>Runs the app, answering with a 500 when it raises.</summary>
    /// <param name="scope">The connection scope.</param>
    /// <param name="receive">Receives messages.</param>
    /// <param name="send">Sends messages.</param>
    /// <returns>A task that completes when the connection is handled; it faults with the app's exception.</returns>
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Type != ScopeType.Http) return _next(scope, receive, send);

        // No state machine when the app completes synchronously without raising (the common case).
        var tracker = ResponseStartTracker.For(send, out var owned);
        var running = AppCall.Start(_next, scope, receive, tracker.Send);

        if (!running.IsCompletedSuccessfully) return AwaitAsync(running, scope, receive, send, tracker);
        running.GetAwaiter().GetResult();
        if (owned) tracker.Release();
        return default;
    }

    private async ValueTask AwaitAsync(ValueTask running, Scope scope, Receive receive, Send send, ResponseStartTracker tracker)
    {
        try
        {
            await running.ConfigureAwait(false);
        }
        catch (Exception error)
        {
            var request = new Request(scope);
            Response? response;
            if (Debug) response = DebugResponse(request, error);
            else if (_handler is null) response = new PlainTextResponse("Internal Server Error", Status.Http500InternalServerError);
            else response = await _handler(request, error).ConfigureAwait(false);

            if (!tracker.Started && response is not null) await response.ExecuteAsync(scope, receive, send).ConfigureAwait(false);
            throw;
        }
    }

    private static Response DebugResponse(Request request, Exception error)
    {
        var accept = request.Headers.Get("accept") ?? string.Empty;
        return accept.Contains("text/html", StringComparison.Ordinal)
            ? new HtmlResponse(DebugPage.Html(error, request), Status.Http500InternalServerError)
            : new PlainTextResponse(error.ToString(), Status.Http500InternalServerError);
    }
}
