namespace Starlette.Authentication;

/// <summary>
/// Thrown by an <see cref="IAuthenticationBackend"/> when a connection's authentication is present but invalid
/// (upstream's <c>AuthenticationError</c>). The middleware hands it to its error handler; the default one answers
/// 400 with <see cref="Exception.Message"/> as plain text.
/// </summary>
public class AuthenticationException : Exception
{
    /// <summary>Creates the exception with an empty message (upstream's <c>str(AuthenticationError())</c>).</summary>
    public AuthenticationException()
        : base("")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, e.g. <c>Invalid basic auth credentials</c>; the default error response's body.</param>
    public AuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the exception that caused it.</summary>
    /// <param name="message">What is wrong; the default error response's body.</param>
    /// <param name="innerException">The cause, e.g. a <see cref="FormatException"/> from decoding base64.</param>
    public AuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
