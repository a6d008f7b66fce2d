using Starlette.Responses;
using Starlette.Types;

namespace Starlette;

/// <summary>
/// The downstream app's response as <see cref="BaseHttpMiddleware"/>'s <c>callNext</c> returns it (upstream's
/// <c>_StreamingResponse</c>): the status and headers of its start message, with the body streamed from the messages
/// still to come through <see cref="StreamingResponse.BodyIterator"/>. A file the app sent by path (<c>pathsend</c>)
/// is forwarded as such and yields no chunks.
/// </summary>
internal sealed class ForwardedResponse : StreamingResponse
{
    private readonly ForwardedBody _body;
    private readonly HttpResponseDebugMessage? _debug;

    public ForwardedResponse(HttpResponseStartMessage start, ForwardedBody body, HttpResponseDebugMessage? debug)
        : base(body.ReadAsync(), start.Status)
    {
        _body = body;
        _debug = debug;
        RawHeaders.Clear();
        RawHeaders.AddRange(start.Headers);
    }

    public override async ValueTask ExecuteAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (_debug is not null) await send(_debug).ConfigureAwait(false);
        await send(new HttpResponseStartMessage(StatusCode, RawHeaders)).ConfigureAwait(false);
        await foreach (var chunk in BodyIterator.ConfigureAwait(false))
            await send(new HttpResponseBodyMessage(chunk, moreBody: true)).ConfigureAwait(false);
        await send(_body.PathSend ?? (AsgiMessage)HttpResponseBodyMessage.Empty).ConfigureAwait(false);
        if (Background is not null) await Background.RunAsync().ConfigureAwait(false);
    }
}
