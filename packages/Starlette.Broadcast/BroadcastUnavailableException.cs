namespace Starlette.Broadcast;

/// <summary>The backend cannot be reached (down, restarting, not connected): the operation did not happen.</summary>
public sealed class BroadcastUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BroadcastUnavailableException()
        : base("The broadcast backend is unavailable.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    public BroadcastUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The backend's error.</param>
    public BroadcastUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
