using System.Threading.Channels;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette;

/// <summary>The downstream app's response as <see cref="BaseHttpMiddleware"/>'s <c>callNext</c> returns it: the
/// status and headers of its start message, with the body streamed from the messages still to come.</summary>
internal sealed class ForwardedResponse : Response
{
    private readonly ChannelReader<AsgiMessage> _messages;
    private readonly HttpResponseDebugMessage? _debug;

    public ForwardedResponse(HttpResponseStartMessage start, ChannelReader<AsgiMessage> messages, HttpResponseDebugMessage? debug)
        : base(start.Status, null, null, null)
    {
        _messages = messages;
        _debug = debug;
        RawHeaders.Clear();
        RawHeaders.AddRange(start.Headers);
    }

    public override async ValueTask ExecuteAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (_debug is not null) await send(_debug).ConfigureAwait(false);
        await send(new HttpResponseStartMessage(StatusCode, RawHeaders)).ConfigureAwait(false);
        var closeBody = true;
        await foreach (var message in _messages.ReadAllAsync().ConfigureAwait(false))
        {
            if (message is HttpResponsePathSendMessage)
            {
                closeBody = false;
                await send(message).ConfigureAwait(false);
                break;
            }

            if (message is not HttpResponseBodyMessage body) throw new InvalidOperationException($"Unexpected message: {message}");
            if (!body.Body.IsEmpty) await send(new HttpResponseBodyMessage(body.Body, moreBody: true)).ConfigureAwait(false);
            if (!body.MoreBody) break;
        }

        if (closeBody) await send(HttpResponseBodyMessage.Empty).ConfigureAwait(false);
        if (Background is not null) await Background.RunAsync().ConfigureAwait(false);
    }
}
