namespace Starlette.Types;

/// <summary>
/// <c>http.response.push</c>: asks the host to push a resource to the client (HTTP/2 server push). Only when the
/// scope advertises <see cref="ExtensionNames.ServerPush"/>.
/// </summary>
/// <param name="path">The path of the resource to push.</param>
/// <param name="headers">The headers of the pushed request. Default: a new empty list.</param>
public sealed class HttpResponsePushMessage(string path, List<HttpHeader>? headers = null) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.HttpResponsePush;

    /// <summary>The path of the resource (<c>path</c>).</summary>
    public string Path { get; } = ThrowHelper.IfNullOrEmpty(path);

    /// <summary>The headers of the pushed request (<c>headers</c>).</summary>
    public List<HttpHeader> Headers { get; } = headers ?? [];
}
