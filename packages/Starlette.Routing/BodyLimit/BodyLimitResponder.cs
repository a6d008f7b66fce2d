using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Routing;

/// <summary>
/// One request under a <see cref="RequestBodyLimitMiddleware"/>. The outermost responder counts the bytes; a nested
/// one only moves the shared limit (and fails at once if what was already read is over it).
/// </summary>
internal sealed class BodyLimitResponder(AsgiApp app, long maxBodySize)
{
    private Scope? _scope;
    private Receive? _receive;
    private Send? _send;
    private long? _contentLength;
    private long _received;
    private bool _responseStarted;

    private long MaxBodySize { get; set; } = maxBodySize;

    public async ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        var hadLimit = scope.TryGetItem(ScopeItemKeys.MaxBodySize, out var previousLimit);
        scope.Items[ScopeItemKeys.MaxBodySize] = MaxBodySize;
        if (scope.TryGetItem(RequestBodyLimitMiddleware.ResponderItem, out var item) && item is BodyLimitResponder active)
        {
            try
            {
                active.MaxBodySize = MaxBodySize;
                if (active._received > active.MaxBodySize) throw new RequestBodyTooLargeException();
                await app(scope, receive, send).ConfigureAwait(false);
            }
            finally
            {
                Restore(scope, hadLimit, previousLimit);
            }

            return;
        }

        (_scope, _receive, _send) = (scope, receive, send);
        _contentLength = DeclaredLength(scope);
        scope.Items[RequestBodyLimitMiddleware.ResponderItem] = this;
        try
        {
            await app(scope, ReceiveAsync, SendAsync).ConfigureAwait(false);
        }
        // The limit is counted here only (a Request does not count it again): this responder's, or a nested one's, exception.
        catch (RequestBodyTooLargeException) when (!_responseStarted)
        {
            await TooLarge().ExecuteAsync(scope, receive, send).ConfigureAwait(false);
        }
        catch (ResponseSentException)
        {
        }
        finally
        {
            scope.Items.Remove(RequestBodyLimitMiddleware.ResponderItem);
            Restore(scope, hadLimit, previousLimit);
        }
    }

    private async ValueTask<AsgiMessage> ReceiveAsync()
    {
        if (_contentLength > MaxBodySize) throw new RequestBodyTooLargeException();
        var message = await _receive!().ConfigureAwait(false);
        if (message is HttpRequestBodyMessage body)
        {
            _received += body.Body.Length;
            if (_received > MaxBodySize) throw new RequestBodyTooLargeException();
        }

        return message;
    }

    private async ValueTask SendAsync(AsgiMessage message)
    {
        if (message is HttpResponseStartMessage)
        {
            _responseStarted = true;
            // The app answers without reading a body declared too large: the answer is the 413.
            if (_contentLength > MaxBodySize)
            {
                await TooLarge().ExecuteAsync(_scope!, _receive!, _send!).ConfigureAwait(false);
                throw new ResponseSentException();
            }
        }

        await _send!(message).ConfigureAwait(false);
    }

    private const string TooLargeDetail = "Content Too Large";

    private static PlainTextResponse TooLarge() => new(TooLargeDetail, Status.Http413ContentTooLarge);

    private static void Restore(Scope scope, bool hadLimit, object? previousLimit)
    {
        if (hadLimit) scope.Items[ScopeItemKeys.MaxBodySize] = previousLimit;
        else scope.Items.Remove(ScopeItemKeys.MaxBodySize);
    }

    private static long? DeclaredLength(Scope scope)
    {
        foreach (var (name, value) in scope.Headers)
            if (name == "content-length") return long.TryParse(value, out var length) ? length : null;
        return null;
    }

    private sealed class ResponseSentException : Exception;
}

/// <summary>The body passed the limit (upstream's <c>_RequestBodyTooLarge</c>): 413 <c>Content Too Large</c>.</summary>
internal sealed class RequestBodyTooLargeException() : HttpException(Status.Http413ContentTooLarge, "Content Too Large");
