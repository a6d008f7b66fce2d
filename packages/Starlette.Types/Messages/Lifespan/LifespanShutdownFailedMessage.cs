namespace Starlette.Types;

/// <summary><c>lifespan.shutdown.failed</c>: The app could not shut down cleanly; the server reports the message.</summary>
/// <param name="message">What went wrong; default empty.</param>
public sealed class LifespanShutdownFailedMessage(string? message = null) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.LifespanShutdownFailed;

    /// <summary>What went wrong (<c>message</c>).</summary>
    public string Message { get; } = message ?? "";
}
