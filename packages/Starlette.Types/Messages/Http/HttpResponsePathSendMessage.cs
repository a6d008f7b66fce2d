namespace Starlette.Types;

/// <summary>
/// <c>http.response.pathsend</c>: asks the host to send a file as the whole response body (for example with
/// sendfile). Only when the scope advertises <see cref="ExtensionNames.PathSend"/>.
/// </summary>
/// <param name="path">The absolute path of the file.</param>
public sealed class HttpResponsePathSendMessage(string path) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.HttpResponsePathSend;

    /// <summary>The absolute path of the file (<c>path</c>).</summary>
    public string Path { get; } = ThrowHelper.IfNullOrEmpty(path);
}
