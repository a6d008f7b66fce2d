namespace Starlette.Typed;

/// <summary>Thrown by a typed handler to answer with an RFC 9457 problem details response.</summary>
public class ProblemException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProblemException()
        : this(Starlette.Types.Status.Http500InternalServerError)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The problem's detail.</param>
    public ProblemException(string message)
        : this(Starlette.Types.Status.Http500InternalServerError, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The problem's detail.</param>
    /// <param name="innerException">The cause.</param>
    public ProblemException(string message, Exception innerException)
        : base(message, innerException) => Status = Starlette.Types.Status.Http500InternalServerError;

    /// <summary>Creates the exception.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="detail">An explanation for people.</param>
    /// <param name="title">A short summary; default the status phrase.</param>
    /// <param name="type">The problem type's URI; default <c>about:blank</c>.</param>
    public ProblemException(int status, string? detail = null, string? title = null, string? type = null)
        : base(detail ?? title ?? StatusPhrases.Of(status))
    {
        Status = status;
        Detail = detail;
        Title = title;
        Type = type;
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>The explanation, if any.</summary>
    public string? Detail { get; }

    /// <summary>The summary, if not the status phrase.</summary>
    public string? Title { get; }

    /// <summary>The problem type's URI, if not <c>about:blank</c>.</summary>
    public string? Type { get; }
}
