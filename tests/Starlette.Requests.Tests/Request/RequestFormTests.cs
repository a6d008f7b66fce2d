using System.Net;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Requests.Tests;

public class RequestFormTests
{
    private static AsgiApp FormApp(bool insideApplication = false) => async (scope, receive, send) =>
    {
        if (insideApplication) scope.Items["app"] = "application";
        var request = new Request(scope, receive);
        try
        {
            await using var form = await request.FormAsync();
            var text = string.Join("&", form.MultiItems().Select(p => $"{p.Key}={(p.Value.IsFile ? "file:" + p.Value.File!.Filename : p.Value.Text)}"));
            await new PlainTextResponse(text).ExecuteAsync(scope, receive, send);
        }
        catch (HttpException error)
        {
            await new PlainTextResponse(error.Detail, error.StatusCode).ExecuteAsync(scope, receive, send);
        }
    };

    [Fact]
    public async Task FormAsync_UrlEncoded_IsParsed() // upstream test_request_form_urlencoded
    {
        using var client = new TestClient(FormApp());

        var response = await client.PostAsync("/", new FormUrlEncodedContent([KeyValuePair.Create("abc", "123 @")]));

        Assert.Equal("abc=123 @", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormAsync_DisposedWithAwaitUsing_ClosesFiles() // upstream test_request_form_context_manager
    {
        using var client = new TestClient(FormApp());
        using var content = new MultipartFormDataContent { { new StringContent("123 @"), "abc" }, { new ByteArrayContent("<data>"u8.ToArray()), "file", "a.txt" } };

        Assert.Equal("abc=123 @&file=file:a.txt", await (await client.PostAsync("/", content)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormAsync_CalledTwice_ReturnsTheCachedForm()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            var request = new Request(scope, receive);
            var first = await request.FormAsync();
            var second = await request.FormAsync();
            await new PlainTextResponse($"{ReferenceEquals(first, second)}").ExecuteAsync(scope, receive, send);
            await request.CloseAsync();
        });

        Assert.Equal("True", await (await client.PostAsync("/", new FormUrlEncodedContent([KeyValuePair.Create("a", "1")]))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormAsync_OtherContentType_IsEmpty()
    {
        using var client = new TestClient(FormApp());

        Assert.Equal("", await (await client.PostAsync("/", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormAsync_MalformedInsideApplication_Is400WithTheParserMessage()
    {
        using var client = new TestClient(FormApp(insideApplication: true));
        using var content = new ByteArrayContent("--x\r\n"u8.ToArray());
        content.Headers.TryAddWithoutValidation("content-type", "multipart/form-data");

        var response = await client.PostAsync("/", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Missing boundary in multipart.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormAsync_MalformedOutsideApplication_ThrowsMultiPartException()
    {
        using var client = new TestClient(FormApp());
        using var content = new ByteArrayContent("--x\r\n"u8.ToArray());
        content.Headers.TryAddWithoutValidation("content-type", "multipart/form-data");

        await Assert.ThrowsAsync<MultiPartException>(() => client.PostAsync("/", content));
    }
}
