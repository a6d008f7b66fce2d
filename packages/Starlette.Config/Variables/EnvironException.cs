namespace Starlette.Configuration;

/// <summary>
/// Thrown by <see cref="Environ"/> when code sets or deletes a key whose value has already been read (upstream's
/// <c>EnvironError</c>): the change would come too late for whatever read it.
/// </summary>
public class EnvironException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public EnvironException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was attempted, e.g. <c>Attempting to set environ['DEBUG'], but the value has already been read.</c></param>
    public EnvironException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the exception that caused it.</summary>
    /// <param name="message">What was attempted.</param>
    /// <param name="innerException">The cause.</param>
    public EnvironException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
