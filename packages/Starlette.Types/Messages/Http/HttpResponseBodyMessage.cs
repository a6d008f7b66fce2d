namespace Starlette.Types;

/// <summary>
/// <c>http.response.body</c>: a chunk of the response body, sent by the app. The response ends with the first
/// chunk whose <see cref="MoreBody"/> is <see langword="false"/>.
/// </summary>
/// <param name="body">The chunk; the host reads it before the send completes, after which the app may reuse it.</param>
/// <param name="moreBody">Whether more chunks follow.</param>
public sealed class HttpResponseBodyMessage(ReadOnlyMemory<byte> body = default, bool moreBody = false) : AsgiMessage
{
    /// <summary>An empty, final chunk: ends a response.</summary>
    public static HttpResponseBodyMessage Empty { get; } = new();

    /// <inheritdoc />
    public override string Type => MessageTypes.HttpResponseBody;

    /// <summary>The chunk (<c>body</c>); default empty.</summary>
    public ReadOnlyMemory<byte> Body { get; } = body;

    /// <summary>Whether more chunks follow (<c>more_body</c>); default <see langword="false"/>.</summary>
    public bool MoreBody { get; } = moreBody;
}
