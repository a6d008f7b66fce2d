using Starlette.Types;

namespace Starlette.Hosting.Contract;

/// <summary>A running host for one contract app, as the suite sees it.</summary>
public abstract class ContractHost : IAsyncDisposable
{
    /// <summary>A client whose base address reaches the app.</summary>
    public abstract HttpClient Client { get; }

    /// <summary>Opens a WebSocket to <paramref name="path"/>; throws <see cref="WebSocketDeniedException"/> when the app refuses it.</summary>
    public abstract Task<ContractWebSocket> ConnectWebSocketAsync(string path, IEnumerable<string>? subprotocols = null);

    /// <summary>Stops the host, running lifespan shutdown.</summary>
    public abstract ValueTask DisposeAsync();
}

/// <summary>A client WebSocket, as the suite sees it.</summary>
public abstract class ContractWebSocket : IAsyncDisposable
{
    /// <summary>The subprotocol the app chose.</summary>
    public abstract string? Subprotocol { get; }

    /// <summary>Sends a text message.</summary>
    public abstract Task SendTextAsync(string text);

    /// <summary>Sends a binary message.</summary>
    public abstract Task SendBytesAsync(byte[] bytes);

    /// <summary>Receives a text message.</summary>
    public abstract Task<string> ReceiveTextAsync();

    /// <summary>Receives a binary message.</summary>
    public abstract Task<byte[]> ReceiveBytesAsync();

    /// <summary>Waits for the app to close the connection and returns the close code and reason.</summary>
    public abstract Task<(int Code, string Reason)> ReceiveCloseAsync();

    /// <summary>Closes the connection from the client.</summary>
    public abstract Task CloseAsync(int code, string reason);

    /// <summary>Releases the connection.</summary>
    public abstract ValueTask DisposeAsync();
}

/// <summary>The app refused a WebSocket handshake with an HTTP response.</summary>
public sealed class WebSocketDeniedException(int statusCode, string? body) : Exception($"Denied with HTTP {statusCode}.")
{
    /// <summary>The HTTP status of the refusal.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The response body, when the host lets a client see it.</summary>
    public string? Body { get; } = body;
}

/// <summary>Helpers for raw contract apps.</summary>
public static class Apps
{
    /// <summary>Sends a complete text response.</summary>
    public static async ValueTask TextAsync(Send send, string text, int status = 200, params HttpHeader[] extra)
    {
        List<HttpHeader> headers = [new("content-type", "text/plain; charset=utf-8"), .. extra];
        await send(new HttpResponseStartMessage(status, headers));
        await send(new HttpResponseBodyMessage(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Reads the whole request body.</summary>
    public static async Task<(byte[] Body, int Chunks)> ReadBodyAsync(Receive receive)
    {
        using var body = new MemoryStream();
        var chunks = 0;
        while (true)
        {
            var message = await receive();
            if (message is not HttpRequestBodyMessage chunk) break;
            chunks++;
            body.Write(chunk.Body.Span);
            if (!chunk.MoreBody) break;
        }

        return (body.ToArray(), chunks);
    }

    /// <summary>Answers lifespan messages (startup, then shutdown), running the given actions.</summary>
    public static async ValueTask LifespanAsync(Receive receive, Send send, Action? startup = null, Action? shutdown = null)
    {
        while (true)
        {
            switch (await receive())
            {
                case LifespanStartupMessage:
                    startup?.Invoke();
                    await send(LifespanStartupCompleteMessage.Instance);
                    break;
                case LifespanShutdownMessage:
                    shutdown?.Invoke();
                    await send(LifespanShutdownCompleteMessage.Instance);
                    return;
            }
        }
    }
}
