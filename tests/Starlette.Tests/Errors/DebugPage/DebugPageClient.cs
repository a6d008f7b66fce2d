using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Tests.Errors.DebugPage;

/// <summary>Requests an app wrapped in a debug <see cref="ServerErrorMiddleware"/> as a browser does and returns the page.</summary>
internal static class DebugPageClient
{
    public static async Task<string> GetHtmlAsync(AsgiApp app, string path = "/", Action<HttpRequestMessage>? configure = null)
    {
        using var client = new TestClient(new ServerErrorMiddleware(app, debug: true).InvokeAsync, new TestClientOptions { RaiseServerExceptions = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        configure?.Invoke(request);
        using var response = await client.SendAsync(request);
        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    public static AsgiApp Throwing(Action fail) => (_, _, _) =>
    {
        fail();
        return ValueTask.CompletedTask;
    };
}
