using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Starlette.Hosting.Kestrel.Tests;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;

namespace Starlette.Reliability.Tests;

/// <summary>A body over <c>MaxRequestBodySize</c> is 413 inside a StarletteApp too, however it is sent.</summary>
public class BodyLimitTests
{
    private const long Limit = 64 * 1024;

    private static StarletteApp App() => new(routes:
    [
        new Route("/json", async (Request request) => new PlainTextResponse($"read {(await request.BodyAsync()).Length}"), methods: ["POST"]),
        new Route("/form", async (Request request) =>
        {
            await using var form = await request.FormAsync();
            return new PlainTextResponse($"fields {form.Count}");
        }, methods: ["POST"]),
    ]);

    private static Task<KestrelHost> StartAsync() => KestrelHost.StartAsync(App(), options => options.MaxRequestBodySize = Limit);

    [Fact]
    public async Task Post_ContentLengthOverLimit_Is413()
    {
        await using var host = await StartAsync();

        var response = await host.Client.PostAsync("/json", new ByteArrayContent(new byte[Limit + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Request body too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Log.Alarms());
    }

    [Fact]
    public async Task Post_ChunkedOverLimit_Is413()
    {
        await using var host = await StartAsync();
        var content = new StreamContent(new MemoryStream(new byte[Limit * 2]));
        var request = new HttpRequestMessage(HttpMethod.Post, "/json") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Log.Alarms());
    }

    [Fact]
    public async Task Post_MultipartOverLimit_Is413()
    {
        await using var host = await StartAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[Limit * 2]), "upload", "big.bin" } };

        var response = await host.Client.PostAsync("/form", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Log.Alarms());
    }

    [Fact]
    public async Task Post_UnderLimit_IsRead()
    {
        await using var host = await StartAsync();

        var response = await host.Client.PostAsync("/json", new ByteArrayContent(new byte[Limit]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } });

        Assert.Equal($"read {Limit}", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(host.Log.Entries, e => e.Level >= LogLevel.Warning);
    }
}
