namespace Starlette.Types;

/// <summary>
/// A message on a connection's <see cref="Receive"/> or <see cref="Send"/> channel: one sealed subclass per ASGI
/// message type. Match on the subclass (<c>message is HttpRequestBodyMessage body</c>); <see cref="Type"/> gives
/// the ASGI name for logs and errors.
/// </summary>
/// <remarks>Messages without a payload are singletons (<c>HttpDisconnectMessage.Instance</c>).</remarks>
public abstract class AsgiMessage
{
    /// <summary>Lets a host or an extension define a message type of its own.</summary>
    protected AsgiMessage()
    {
    }

    /// <summary>The ASGI message type, such as <c>http.response.start</c> (see <see cref="MessageTypes"/>).</summary>
    public abstract string Type { get; }

    /// <summary>Returns <see cref="Type"/>.</summary>
    /// <returns>The message type.</returns>
    public override string ToString() => Type;
}
