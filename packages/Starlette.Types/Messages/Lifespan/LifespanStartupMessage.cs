namespace Starlette.Types;

/// <summary><c>lifespan.startup</c>: The server is starting; received by the app before any connection.</summary>
public sealed class LifespanStartupMessage : AsgiMessage
{
    private LifespanStartupMessage()
    {
    }

    /// <summary>The one instance.</summary>
    public static LifespanStartupMessage Instance { get; } = new();

    /// <inheritdoc />
    public override string Type => MessageTypes.LifespanStartup;
}
