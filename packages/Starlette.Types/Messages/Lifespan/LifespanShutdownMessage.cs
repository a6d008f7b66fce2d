namespace Starlette.Types;

/// <summary><c>lifespan.shutdown</c>: The server has stopped accepting connections and is shutting down; received by the app.</summary>
public sealed class LifespanShutdownMessage : AsgiMessage
{
    private LifespanShutdownMessage()
    {
    }

    /// <summary>The one instance.</summary>
    public static LifespanShutdownMessage Instance { get; } = new();

    /// <inheritdoc />
    public override string Type => MessageTypes.LifespanShutdown;
}
