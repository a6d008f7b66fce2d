using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette;

/// <summary>
/// Middleware written as one method over request and response (upstream's <c>BaseHTTPMiddleware</c>):
/// <see cref="DispatchAsync"/> gets the request and a <c>callNext</c> that runs the rest of the stack and returns its
/// response (body streamed through <see cref="StreamingResponse.BodyIterator"/>), and returns the response to send.
/// The request body reaches the app as upstream passes it on: whole if the dispatch read it whole first
/// (<see cref="Request.BodyAsync"/>), empty if the dispatch consumed it as a stream, otherwise pulled chunk by chunk
/// through the dispatch's request.
/// Only HTTP scopes go through the dispatch. An exception the app raises propagates out of <c>callNext</c> (or, if the
/// response had started, after the response is sent).
/// </summary>
/// <example>
/// <code>
/// MiddlewareDescriptor timing = BaseHttpMiddleware.Create(async (request, callNext) =>
/// {
///     var response = await callNext(request);
///     response.Headers["x-handled"] = "yes";
///     return response;
/// });
/// </code>
/// </example>
public class BaseHttpMiddleware
{
    private readonly AsgiApp _next;
    private readonly Func<Request, Func<Request, ValueTask<Response>>, ValueTask<Response>>? _dispatch;

    /// <summary>Wraps <paramref name="next"/>.</summary>
    /// <param name="next">The rest of the stack.</param>
    /// <param name="dispatch">The dispatch function; <see langword="null"/> to use an override of <see cref="DispatchAsync"/>.</param>
    public BaseHttpMiddleware(AsgiApp next, Func<Request, Func<Request, ValueTask<Response>>, ValueTask<Response>>? dispatch = null)
    {
        ArgumentNullException.ThrowIfNull(next);
        _next = next;
        _dispatch = dispatch;
    }

    /// <summary>Describes a dispatch-function middleware for a middleware list.</summary>
    /// <param name="dispatch">The dispatch function.</param>
    /// <returns>The descriptor.</returns>
    public static MiddlewareDescriptor Create(Func<Request, Func<Request, ValueTask<Response>>, ValueTask<Response>> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        return new MiddlewareDescriptor(nameof(BaseHttpMiddleware), next => new BaseHttpMiddleware(next, dispatch).InvokeAsync);
    }

    /// <summary>Handles the request: by default calls the dispatch function given at construction.</summary>
    /// <param name="request">The request.</param>
    /// <param name="callNext">Runs the rest of the stack and returns its response.</param>
    /// <returns>The response to send.</returns>
    /// <exception cref="NotImplementedException">No dispatch function was given and the method is not overridden.</exception>
    protected virtual ValueTask<Response> DispatchAsync(Request request, Func<Request, ValueTask<Response>> callNext) =>
        _dispatch is null ? throw new NotImplementedException() : _dispatch(request, callNext);

    /// <summary>Runs the middleware.</summary>
    /// <param name="scope">The connection scope.</param>
    /// <param name="receive">Receives messages.</param>
    /// <param name="send">Sends messages.</param>
    /// <returns>A task that completes when the request is handled.</returns>
    /// <exception cref="InvalidOperationException">The app returned without starting a response: "No response returned.".</exception>
    public async ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(send);
        if (scope.Type != ScopeType.Http)
        {
            await _next(scope, receive, send).ConfigureAwait(false);
            return;
        }

        var recorder = new ReceiveRecorder(receive);
        var request = new Request(scope, recorder.ReceiveAsync);
        Receive downstreamReceive = new DownstreamReceive(request, recorder).ReceiveAsync;
        using var call = new DispatchCall(_next, scope, downstreamReceive);
        try
        {
            var response = await DispatchAsync(request, call.CallNextAsync).ConfigureAwait(false);
            await response.ExecuteAsync(scope, downstreamReceive, send).ConfigureAwait(false);
        }
        finally
        {
            await call.FinishAsync().ConfigureAwait(false);
        }

        call.ThrowUnobservedAppError();
    }
}
