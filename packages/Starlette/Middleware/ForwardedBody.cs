using System.Runtime.CompilerServices;
using Starlette.Types;

namespace Starlette;

/// <summary>The body messages of a forwarded response, read from the <see cref="MessageHandoff"/>.</summary>
internal sealed class ForwardedBody(MessageHandoff messages)
{
    /// <summary>The <c>pathsend</c> message the app ended its response with, if it did.</summary>
    public HttpResponsePathSendMessage? PathSend { get; private set; }

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            while (await messages.ReadAsync().ConfigureAwait(false) is { } message)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (message is HttpResponsePathSendMessage pathSend)
                {
                    PathSend = pathSend;
                    yield break;
                }

                if (message is not HttpResponseBodyMessage body) throw new InvalidOperationException($"Unexpected message: {message}");
                if (!body.Body.IsEmpty) yield return body.Body;
                if (!body.MoreBody) yield break;
            }
        }
        finally
        {
            messages.Release();
        }
    }
}
