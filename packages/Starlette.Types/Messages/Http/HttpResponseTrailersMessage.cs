namespace Starlette.Types;

/// <summary>
/// <c>http.response.trailers</c>: trailing headers, sent by the app after the last body chunk of a response whose
/// start message set <see cref="HttpResponseStartMessage.Trailers"/>.
/// </summary>
/// <param name="headers">The trailers, names lowercased. Default: a new empty list.</param>
/// <param name="moreTrailers">Whether more trailer messages follow.</param>
public sealed class HttpResponseTrailersMessage(List<HttpHeader>? headers = null, bool moreTrailers = false) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.HttpResponseTrailers;

    /// <summary>The trailers (<c>headers</c>).</summary>
    public List<HttpHeader> Headers { get; } = headers ?? [];

    /// <summary>Whether more trailer messages follow (<c>more_trailers</c>); default <see langword="false"/>.</summary>
    public bool MoreTrailers { get; } = moreTrailers;
}
