using Starlette.Types;

namespace Starlette.Testing;

/// <summary>
/// The app answered a WebSocket handshake with an HTTP response instead of accepting (upstream's
/// <c>WebSocketDenialResponse</c>): a <see cref="WebSocketDisconnectException"/> that carries the response.
/// </summary>
public sealed class WebSocketDenialResponseException : WebSocketDisconnectException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The response's status code.</param>
    /// <param name="headers">The response's headers as the app sent them.</param>
    /// <param name="body">The response's body.</param>
    public WebSocketDenialResponseException(int statusCode, IReadOnlyList<HttpHeader> headers, byte[] body)
    {
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
    }

    /// <summary>The response's status code.</summary>
    public int StatusCode { get; }

    /// <summary>The response's headers, in order.</summary>
    public IReadOnlyList<HttpHeader> Headers { get; }

    /// <summary>The response's body.</summary>
    public byte[] Body { get; }

    /// <summary>The response's body decoded as UTF-8.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Body);

    /// <inheritdoc />
    public override string Message => $"The app denied the WebSocket with HTTP {StatusCode}.";
}
