namespace Starlette.Types;

/// <summary>
/// <c>http.request</c>: a chunk of the request body, received by the app. The body ends with the first chunk whose
/// <see cref="MoreBody"/> is <see langword="false"/>.
/// </summary>
/// <param name="body">The chunk; it belongs to the app once received.</param>
/// <param name="moreBody">Whether more chunks follow.</param>
public sealed class HttpRequestBodyMessage(ReadOnlyMemory<byte> body = default, bool moreBody = false) : AsgiMessage
{
    /// <summary>An empty, final chunk: the whole body of a request without one.</summary>
    public static HttpRequestBodyMessage Empty { get; } = new();

    /// <inheritdoc />
    public override string Type => MessageTypes.HttpRequest;

    /// <summary>The chunk (<c>body</c>); default empty.</summary>
    public ReadOnlyMemory<byte> Body { get; } = body;

    /// <summary>Whether more chunks follow (<c>more_body</c>); default <see langword="false"/>.</summary>
    public bool MoreBody { get; } = moreBody;
}
