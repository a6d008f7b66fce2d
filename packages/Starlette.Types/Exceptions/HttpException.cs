namespace Starlette.Types;

/// <summary>
/// Ends request handling with an HTTP error response. Throw it from an endpoint; the exception middleware turns it
/// into a response with <see cref="StatusCode"/>, <see cref="Detail"/> and <see cref="Headers"/>.
/// </summary>
/// <remarks>The message is <c>"{StatusCode}: {Detail}"</c>, as upstream's <c>str(exc)</c>.</remarks>
public class HttpException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status code; must be a registered one when <paramref name="detail"/> is omitted.</param>
    /// <param name="detail">The error text; default: the status code's reason phrase.</param>
    /// <param name="headers">Headers the error response carries, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException">No detail was given and the status code has no reason phrase.</exception>
    public HttpException(int statusCode, string? detail = null, IReadOnlyDictionary<string, string>? headers = null)
        : this(statusCode, detail ?? DefaultDetail(statusCode), headers, innerException: null)
    {
    }

    /// <summary>Creates the exception with the exception that caused it.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="detail">The error text.</param>
    /// <param name="headers">Headers the error response carries, if any.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public HttpException(int statusCode, string detail, IReadOnlyDictionary<string, string>? headers, Exception? innerException)
        : base($"{statusCode}: {detail}", innerException)
    {
        StatusCode = statusCode;
        Detail = detail;
        Headers = headers;
    }

    /// <summary>The HTTP status code (<c>status_code</c>).</summary>
    public int StatusCode { get; }

    /// <summary>The error text (<c>detail</c>).</summary>
    public string Detail { get; }

    /// <summary>Headers for the error response (<c>headers</c>), or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; }

    private static string DefaultDetail(int statusCode) =>
        Status.GetReasonPhrase(statusCode) ?? ThrowHelper.ThrowArgumentOutOfRange<string>(
            nameof(statusCode), statusCode, $"{statusCode} is not a valid HTTP status code: give a detail for it.");
}
