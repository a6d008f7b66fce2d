namespace Starlette.Types;

/// <summary>
/// The HTTP client went away while the app was reading the request or writing the response (upstream's
/// <c>ClientDisconnect</c>). Hosts treat it as the end of the connection, not as an error.
/// </summary>
public class ClientDisconnectException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClientDisconnectException()
        : base("The client disconnected.")
    {
    }

    /// <summary>Creates the exception with the error that revealed the disconnect.</summary>
    /// <param name="innerException">The error, such as an <see cref="IOException"/> from a send.</param>
    public ClientDisconnectException(Exception? innerException)
        : base("The client disconnected.", innerException)
    {
    }
}
