using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Starlette.Requests.Tests;

/// <summary>Request building and response checks shared by the form tests.</summary>
internal static class Http
{
    /// <summary>Raw bytes with a content type exactly as given (as upstream's tests post hand-written bodies).</summary>
    public static ByteArrayContent Raw(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    public static ByteArrayContent Raw(string body, string contentType) => Raw(FormApps.Utf8(body), contentType);

    public static ByteArrayContent File(string content, string? contentType = null)
    {
        var file = new ByteArrayContent(FormApps.Utf8(content));
        if (contentType is not null) file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return file;
    }

    public static async Task AssertJsonAsync(string expected, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}\nactual   {actual?.ToJsonString()}");
    }

    public static async Task AssertBadRequestAsync(string message, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Upstream's parametrization: a raw app lets the exception out; under an application it is a 400.</summary>
    public static async Task AssertRejectedAsync(bool starlette, string message, Func<Task<HttpResponseMessage>> post)
    {
        if (starlette)
        {
            await AssertBadRequestAsync(message, await post());
            return;
        }

        var exception = await Assert.ThrowsAsync<MultiPartException>(post);
        Assert.Equal(message, exception.Message);
    }
}
