namespace Starlette.Types;

/// <summary><c>http.disconnect</c>: the client went away, or the response was sent; received by the app.</summary>
public sealed class HttpDisconnectMessage : AsgiMessage
{
    private HttpDisconnectMessage()
    {
    }

    /// <summary>The one instance.</summary>
    public static HttpDisconnectMessage Instance { get; } = new();

    /// <inheritdoc />
    public override string Type => MessageTypes.HttpDisconnect;
}
