namespace Starlette.Types;

/// <summary><c>lifespan.startup.complete</c>: The app finished starting up; the server may accept connections.</summary>
public sealed class LifespanStartupCompleteMessage : AsgiMessage
{
    private LifespanStartupCompleteMessage()
    {
    }

    /// <summary>The one instance.</summary>
    public static LifespanStartupCompleteMessage Instance { get; } = new();

    /// <inheritdoc />
    public override string Type => MessageTypes.LifespanStartupComplete;
}
