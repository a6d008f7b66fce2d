namespace Starlette.Requests;

/// <summary>
/// A form could not be parsed: a limit was exceeded or the body is malformed (upstream's <c>MultiPartException</c>,
/// raised by both form parsers). The <see cref="Exception.Message"/> is meant for the client: a Starlette
/// application answers it as a 400 response with the message as its body.
/// </summary>
public class MultiPartException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public MultiPartException()
        : base("The form could not be parsed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, in words fit for the client.</param>
    public MultiPartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the exception that caused it.</summary>
    /// <param name="message">What went wrong, in words fit for the client.</param>
    /// <param name="innerException">The cause.</param>
    public MultiPartException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
