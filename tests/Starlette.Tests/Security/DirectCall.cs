using System.Text;
using Starlette.Types;

namespace Starlette.Tests.Security;

/// <summary>
/// Calls an app with a hand-made scope, for requests an HTTP client refuses to send (a path with <c>..</c> or
/// without a leading <c>/</c>, a malformed <c>Host</c>) but a raw socket can, and records the answer.
/// </summary>
internal static class DirectCall
{
    public static async Task<(int Status, string Body)> GetAsync(AsgiApp app, string path, string host = "testserver")
    {
        var scope = new Scope(ScopeType.Http)
        {
            Method = "GET",
            Scheme = "http",
            Path = path,
            Server = new HostPort("testserver", 80),
            Headers = [new HttpHeader("host", host)],
        };
        var status = 0;
        var body = new MemoryStream();
        await app(scope, () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), message =>
        {
            if (message is HttpResponseStartMessage start) status = start.Status;
            if (message is HttpResponseBodyMessage chunk) body.Write(chunk.Body.Span);
            return ValueTask.CompletedTask;
        });
        return (status, Encoding.UTF8.GetString(body.ToArray()));
    }
}
