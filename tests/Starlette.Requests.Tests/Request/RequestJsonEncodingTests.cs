using System.Net.Http.Headers;
using System.Text;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Requests.Tests;

/// <summary>Bodies in the encodings Python's <c>json.loads(bytes)</c> recognises (RFC 4627 §3, BOM skipped).</summary>
public class RequestJsonEncodingTests
{
    private const string Json = "{\"a\":\"é😀\"}";

    private static AsgiApp Echo => async (scope, receive, send) =>
    {
        var request = new Request(scope, receive);
        var json = await request.JsonAsync();
        await new PlainTextResponse(json.GetProperty("a").GetString()!).ExecuteAsync(scope, receive, send);
    };

    public static TheoryData<string, byte[]> Bodies => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Json) },
        { "utf-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Json)] },
        { "utf-16le with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Json)] },
        { "utf-16be with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Json)] },
        { "utf-16le", Encoding.Unicode.GetBytes(Json) },
        { "utf-16be", Encoding.BigEndianUnicode.GetBytes(Json) },
        { "utf-32le with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Json)] },
        { "utf-32be with BOM", [.. new UTF32Encoding(true, true).GetPreamble(), .. new UTF32Encoding(true, false).GetBytes(Json)] },
        { "utf-32le", Encoding.UTF32.GetBytes(Json) },
        { "utf-32be", new UTF32Encoding(true, false).GetBytes(Json) },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task JsonAsync_BodyInAnyJsonEncoding_IsParsed(string encoding, byte[] body)
    {
        using var client = new TestClient(Echo);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/", content);

        Assert.True(response.IsSuccessStatusCode, encoding);
        Assert.Equal("é😀", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(new byte[] { 0x31, 0x00 }, "1")] // "1" in UTF-16LE: the two-byte rule
    [InlineData(new byte[] { 0x00, 0x32 }, "2")] // "2" in UTF-16BE
    [InlineData(new byte[] { 0x37 }, "7")]
    public async Task JsonAsync_ShortBodies_FollowTheZeroBytePattern(byte[] body, string expected)
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            var json = await new Request(scope, receive).JsonAsync();
            await new PlainTextResponse(json.GetRawText()).ExecuteAsync(scope, receive, send);
        });

        var response = await client.PostAsync("/", new ByteArrayContent(body));

        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task JsonAsync_TypeInfo_AcceptsABom()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            var item = await new Request(scope, receive).JsonAsync(RequestJson.Default.Item);
            await new PlainTextResponse(item!.Name).ExecuteAsync(scope, receive, send);
        });

        var response = await client.PostAsync("/", new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. "{\"Name\":\"x\"}"u8]));

        Assert.Equal("x", await response.Content.ReadAsStringAsync());
    }
}
