using System.IO.Compression;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Middleware.GZip.Tests;

internal static class Harness
{
    /// <summary>An app that answers every request with the response <paramref name="make"/> builds.</summary>
    public static AsgiApp App(Func<Scope, Response> make) => (scope, receive, send) => make(scope).ExecuteAsync(scope, receive, send);

    /// <summary>A test client for <paramref name="app"/> wrapped in the middleware.</summary>
    public static TestClient Client(AsgiApp app, GZipOptions? options = null) => new(GZipMiddleware.Wrap(app, options));

    /// <summary>GET with the given <c>accept-encoding</c> (replacing the client's default).</summary>
    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string acceptEncoding, string path = "/", HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("accept-encoding", acceptEncoding);
        return client.SendAsync(request, completion);
    }

    /// <summary>The first value of a header exactly as the app (through the middleware) sent it, or null.</summary>
    public static string? Header(HttpResponseMessage response, string name)
    {
        foreach (var header in response.GetRawHeaders())
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase)) return header.Value;
        }

        return null;
    }

    /// <summary>An HTTP scope for a direct call, with the given request headers.</summary>
    public static Scope HttpScope(params (string Name, string Value)[] headers)
    {
        var scope = new Scope(ScopeType.Http) { Headers = headers.Select(h => new HttpHeader(h.Name, h.Value)).ToList() };
        return scope;
    }

    public static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public static byte[] Unbrotli(byte[] data)
    {
        using var input = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Yields <paramref name="chunk"/> <paramref name="count"/> times (upstream's test generator).</summary>
    public static async IAsyncEnumerable<byte[]> Repeat(byte[] chunk, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return chunk;
        }
    }
}
