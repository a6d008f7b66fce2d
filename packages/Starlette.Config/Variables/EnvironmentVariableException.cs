namespace Starlette.Configuration;

/// <summary>
/// Thrown by <see cref="EnvironmentVariables"/> when code sets or deletes a key whose value has already been read (upstream's
/// <c>EnvironError</c>): the change would come too late for whatever read it.
/// </summary>
public class EnvironmentVariableException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public EnvironmentVariableException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was attempted, e.g. <c>Attempting to set environ['DEBUG'], but the value has already been read.</c></param>
    public EnvironmentVariableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the exception that caused it.</summary>
    /// <param name="message">What was attempted.</param>
    /// <param name="innerException">The cause.</param>
    public EnvironmentVariableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
