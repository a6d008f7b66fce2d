namespace Starlette.Types;

/// <summary><c>lifespan.startup.failed</c>: The app could not start; the server reports the message and exits.</summary>
/// <param name="message">What went wrong; default empty.</param>
public sealed class LifespanStartupFailedMessage(string? message = null) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.LifespanStartupFailed;

    /// <summary>What went wrong (<c>message</c>).</summary>
    public string Message { get; } = message ?? "";
}
