using System.Net;
using System.Text;
using CsCheck;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Testing.Support;

namespace Starlette.Tests.Fuzz;

/// <summary>
/// Randomized client input through a whole <see cref="StarletteApp"/>: a hostile form body is a 200 or a 400
/// (never a 500), and a hostile <c>Host</c> header never breaks <c>request.url</c> or <c>url_for</c>.
/// </summary>
public sealed class AppInputFuzzTests : IDisposable
{
    private static readonly FormParserOptions Limits = new() { MaxFiles = 2, MaxFields = 3, MaxPartSize = 64 };

    private readonly TestClient _client = new(new StarletteApp(routes:
    [
        new Route("/form", async Task<Response> (request) =>
        {
            await using var form = await request.FormAsync(Limits);
            return new PlainTextResponse(form.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }, methods: ["POST"]),
        new Route("/url", (Func<Request, Response>)(request =>
            new PlainTextResponse($"{request.Url}\n{request.UrlFor("user", new Dictionary<string, object?> { ["name"] = "tom" })}"))),
        new Route("/users/{name}", (Func<Request, Response>)(_ => new PlainTextResponse("")), name: "user"),
    ]));

    public void Dispose() => _client.Dispose();

    private static readonly Gen<(string ContentType, byte[] Body)> Form = Gen.Frequency(
        (3, Gen.Select(MultipartBoundary(), FuzzGen.Mutated(Gen.Const(Encoding.ASCII.GetBytes("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--B--\r\n"))), (type, body) => (type, body))),
        (2, Gen.Select(Gen.Const("application/x-www-form-urlencoded"), FuzzGen.Bytes(120), (type, body) => (type, body))),
        (1, Gen.Select(FuzzGen.Text(40).Select(text => "multipart/form-data; " + text), FuzzGen.Bytes(60), (type, body) => (type, body))));

    private static Gen<string> MultipartBoundary() => Gen.OneOf("multipart/form-data; boundary=B", "multipart/form-data; boundary=\"B\"", "multipart/form-data; boundary=B; charset=latin-1");

    [Fact]
    public void FormAsync_HostileBody_Answers200Or400()
    {
        FuzzCheck.RunAsync(Form, async input =>
        {
            var content = new ByteArrayContent(input.Body);
            content.Headers.TryAddWithoutValidation("content-type", input.ContentType);
            using var response = await _client.PostAsync("/form", content);

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }, fast: 800, size: input => input.Body.Length + input.ContentType.Length, print: input => $"{Show.Text(input.ContentType)}: \"{Show.Bytes(input.Body)}\"", bound: new AllocationBound(4 << 20, 4096));
    }

    [Fact]
    public void UrlFor_HostileHostHeader_KeepsTheRoutesPath()
    {
        var host = FuzzGen.Text(40).Select(text => string.Concat(text.Where(c => c is >= ' ' and <= '~')));
        FuzzCheck.RunAsync(host, async header =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/url");
            request.Headers.TryAddWithoutValidation("host", header);
            using var response = await _client.SendAsync(request);
            var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.EndsWith("/url", new Uri(lines[0]).AbsolutePath, StringComparison.Ordinal);
            Assert.Equal("/users/tom", new Uri(lines[1]).AbsolutePath);
        }, fast: 800, size: header => header.Length, print: Show.Text, bound: new AllocationBound(4 << 20, 4096));
    }
}
