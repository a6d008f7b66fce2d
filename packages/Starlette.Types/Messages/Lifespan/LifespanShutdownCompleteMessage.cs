namespace Starlette.Types;

/// <summary><c>lifespan.shutdown.complete</c>: The app finished shutting down.</summary>
public sealed class LifespanShutdownCompleteMessage : AsgiMessage
{
    private LifespanShutdownCompleteMessage()
    {
    }

    /// <summary>The one instance.</summary>
    public static LifespanShutdownCompleteMessage Instance { get; } = new();

    /// <inheritdoc />
    public override string Type => MessageTypes.LifespanShutdownComplete;
}
