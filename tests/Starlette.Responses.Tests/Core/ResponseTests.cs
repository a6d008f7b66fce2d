using System.Net;
using System.Text.Json.Nodes;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Responses.Tests.Harness;

namespace Starlette.Responses.Tests;

public class ResponseTests
{
    [Fact]
    public async Task TextResponse_SendsText() // upstream test_text_response
    {
        using var client = new TestClient(App(_ => new Response("hello, world", mediaType: "text/plain")));

        Assert.Equal("hello, world", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task BytesResponse_SendsBytes() // upstream test_bytes_response
    {
        using var client = new TestClient(App(_ => new Response("xxxxx"u8.ToArray(), mediaType: "image/png")));

        Assert.Equal("xxxxx"u8.ToArray(), await client.GetByteArrayAsync("/"));
    }

    [Fact]
    public async Task JsonResponse_Null_IsNullLiteral() // upstream test_json_none_response
    {
        using var client = new TestClient(App(_ => new JsonResponse((JsonNode?)null)));

        var response = await client.GetAsync("/");

        Assert.Equal("null", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", Header(response, "content-type"));
    }

    [Fact]
    public void JsonResponse_Object_IsCompactWithNonAsciiUnescaped()
    {
        var response = new JsonResponse(new JsonObject { ["city"] = "España", ["n"] = new JsonArray(1, 2), ["html"] = "<b>" });

        Assert.Equal("{\"city\":\"España\",\"n\":[1,2],\"html\":\"<b>\"}", System.Text.Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    public void JsonResponse_NaN_IsRefused()
    {
        Assert.ThrowsAny<ArgumentException>(() => new JsonResponse(JsonValue.Create(double.NaN)));
    }

    [Fact]
    public void JsonResponse_TypeInfo_SerializesWithoutReflection()
    {
        var response = new JsonResponse(new Sample("x", 1), SampleContext.Default.Sample);

        Assert.Equal("{\"Name\":\"x\",\"Count\":1}", System.Text.Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    public async Task RedirectResponse_FollowedToRoot() // upstream test_redirect_response
    {
        using var client = new TestClient(App(scope => scope.Path == "/" ? new Response("hello, world", mediaType: "text/plain") : new RedirectResponse("/")));

        var response = await client.GetAsync("/redirect");

        Assert.Equal("hello, world", await response.Content.ReadAsStringAsync());
        Assert.Equal("http://testserver/", response.RequestMessage!.RequestUri!.ToString());
    }

    [Fact]
    public async Task RedirectResponse_NonAsciiTarget_IsQuoted() // upstream test_quoting_redirect_response
    {
        using var client = new TestClient(App(scope => scope.Path == "/I ♥ Starlette/" ? new Response("hello, world", mediaType: "text/plain") : new RedirectResponse("/I ♥ Starlette/")));

        var response = await client.GetAsync("/redirect");

        Assert.Equal("hello, world", await response.Content.ReadAsStringAsync());
        Assert.Equal("http://testserver/I%20%E2%99%A5%20Starlette/", response.RequestMessage!.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task RedirectResponse_HasZeroContentLength() // upstream test_redirect_response_content_length_header
    {
        using var client = new TestClient(App(_ => new RedirectResponse("/")), new TestClientOptions { FollowRedirects = false });

        var response = await client.GetAsync("/redirect");

        Assert.Equal("http://testserver/redirect", response.RequestMessage!.RequestUri!.ToString());
        Assert.Equal("0", Header(response, "content-length"));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }

    [Fact]
    public async Task Headers_ChangedAfterConstruction_AreSent() // upstream test_response_headers
    {
        using var client = new TestClient(App(_ =>
        {
            var response = new Response("hello, world", mediaType: "text/plain", headers: new Dictionary<string, string> { ["x-header-1"] = "123", ["x-header-2"] = "456" });
            response.Headers["x-header-2"] = "789";
            return response;
        }));

        var result = await client.GetAsync("/");

        Assert.Equal("123", Header(result, "x-header-1"));
        Assert.Equal("789", Header(result, "x-header-2"));
    }

    [Fact]
    public async Task ReasonPhrase_KnownAndUnknownStatus() // upstream test_response_phrase
    {
        using var noContent = new TestClient(new Response(statusCode: 204).ToApp());
        using var unknown = new TestClient(new Response(ReadOnlyMemory<byte>.Empty, statusCode: 123).ToApp());

        Assert.Equal("No Content", (await noContent.GetAsync("/")).ReasonPhrase);
        Assert.True(string.IsNullOrEmpty((await unknown.GetAsync("/")).ReasonPhrase));
    }

    [Fact]
    public async Task PopulateHeaders_EmptyHeaderDictionary_StillComputesLengthAndType() // upstream test_populate_headers
    {
        using var client = new TestClient(new Response("hi", headers: new Dictionary<string, string>(), mediaType: "text/html").ToApp());

        var response = await client.GetAsync("/");

        Assert.Equal("hi", await response.Content.ReadAsStringAsync());
        Assert.Equal("2", Header(response, "content-length"));
        Assert.Equal("text/html; charset=utf-8", Header(response, "content-type"));
    }

    [Fact]
    public async Task Head_SendsNoBody() // upstream test_head_method
    {
        using var client = new TestClient(new Response("hello, world", mediaType: "text/plain").ToApp());

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Empty_HasZeroLengthAndNoType() // upstream test_empty_response
    {
        using var client = new TestClient(new Response().ToApp());

        var response = await client.GetAsync("/");

        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("0", Header(response, "content-length"));
        Assert.False(HasHeader(response, "content-type"));
    }

    [Theory] // upstream test_empty_204_response
    [InlineData(204)]
    [InlineData(304)]
    [InlineData(101)]
    public void Empty_NoContentStatuses_HaveNoContentLength(int status)
    {
        Assert.DoesNotContain(new Response(statusCode: status).RawHeaders, h => h.Name == "content-length");
    }

    [Fact]
    public async Task NonEmpty_HasContentLength() // upstream test_non_empty_response
    {
        using var client = new TestClient(new Response("hi").ToApp());

        Assert.Equal("2", Header(await client.GetAsync("/"), "content-length"));
    }

    [Fact]
    public async Task Charset_AlreadyInMediaType_IsNotAddedAgain() // upstream test_response_do_not_add_redundant_charset
    {
        using var client = new TestClient(new Response(mediaType: "text/plain; charset=utf-8").ToApp());

        Assert.Equal("text/plain; charset=utf-8", Header(await client.GetAsync("/"), "content-type"));
    }

    [Fact]
    public async Task Memory_NonUtf8Bytes_AreSentAsIs() // upstream test_response_memoryview
    {
        using var client = new TestClient(new Response(new byte[] { 0xc0 }.AsMemory()).ToApp());

        Assert.Equal(new byte[] { 0xc0 }, await client.GetByteArrayAsync("/"));
    }

    [Fact]
    public async Task WebSocketScope_SendsDenialResponse()
    {
        var sent = await CallAsync(new PlainTextResponse("no", 403), new Scope(ScopeType.WebSocket));

        Assert.Equal(["websocket.http.response.start", "websocket.http.response.body"], sent.Select(m => m.Type));
        Assert.Equal(403, ((WebSocketHttpResponseStartMessage)sent[0]).Status);
    }

    [Fact]
    public void HeaderOrder_IsGivenThenLengthThenType()
    {
        var response = new HtmlResponse("<p>", headers: new Dictionary<string, string> { ["X-Custom"] = "1" });

        Assert.Equal([new HttpHeader("x-custom", "1"), new HttpHeader("content-length", "3"), new HttpHeader("content-type", "text/html; charset=utf-8")], response.RawHeaders);
    }
}

public sealed record Sample(string Name, int Count);

[System.Text.Json.Serialization.JsonSerializable(typeof(Sample))]
internal sealed partial class SampleContext : System.Text.Json.Serialization.JsonSerializerContext;
