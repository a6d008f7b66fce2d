using System.Diagnostics;
using System.Net;
using System.Text;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;

namespace Starlette.Tests.Security;

/// <summary>
/// Upstream's form-parsing advisories (tests/SECURITY.md), through a <see cref="StarletteApp"/> endpoint that calls
/// <c>request.FormAsync()</c> with the default limits: every one ends in a 400 with upstream's message, or in a
/// form parsed without holding the server up.
/// </summary>
public sealed class FormAdvisoryTests : IDisposable
{
    private readonly TestClient _client = new(new StarletteApp(routes:
    [
        new Route("/form", async Task<Response> (request) =>
        {
            await using var form = await request.FormAsync();
            var spilled = form.MultiItems().Count(item => item.Value.File?.File is Starlette.Datastructures.SpooledTemporaryFileStream { IsRolledToDisk: true });
            return new PlainTextResponse($"{form.Count} {spilled}");
        }, methods: ["POST"]),
        new Route("/ping", (Func<Request, Response>)(_ => new PlainTextResponse("pong"))),
    ]));

    public void Dispose() => _client.Dispose();

    private static ByteArrayContent Body(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("content-type", contentType);
        return content;
    }

    private static byte[] Multipart(int parts, Func<int, string> part) =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, parts).Select(i => "--B\r\n" + part(i) + "\r\n")) + "--B--\r\n");

    private async Task AssertBadRequestAsync(HttpContent content, string message)
    {
        using var response = await _client.PostAsync("/form", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
    }

    [Fact] // GHSA-74m5-2c7w-9w3x, CVE-2023-30798
    public Task FormAsync_MultipartWithMoreThan1000Fields_Answers400() =>
        AssertBadRequestAsync(
            Body(Multipart(1001, i => $"Content-Disposition: form-data; name=\"f{i}\"\r\n\r\nx"), "multipart/form-data; boundary=B"),
            "Too many fields. Maximum number of fields is 1000.");

    [Fact] // GHSA-74m5-2c7w-9w3x, CVE-2023-30798
    public Task FormAsync_MultipartWithMoreThan1000Files_Answers400() =>
        AssertBadRequestAsync(
            Body(Multipart(1001, i => $"Content-Disposition: form-data; name=\"f{i}\"; filename=\"{i}.txt\"\r\n\r\nx"), "multipart/form-data; boundary=B"),
            "Too many files. Maximum number of files is 1000.");

    [Fact] // GHSA-f96h-pmfr-66vw, CVE-2024-47874
    public Task FormAsync_FieldWithoutFilenameOver1MiB_Answers400() =>
        AssertBadRequestAsync(
            Body(Multipart(1, _ => "Content-Disposition: form-data; name=\"big\"\r\n\r\n" + new string('x', (1024 * 1024) + 1)), "multipart/form-data; boundary=B"),
            "Part exceeded maximum size of 1024KB.");

    [Fact] // GHSA-82w8-qh3p-5jfq, CVE-2026-54283
    public Task FormAsync_UrlEncodedWithMoreThan1000Fields_Answers400() =>
        AssertBadRequestAsync(
            Body(Encoding.ASCII.GetBytes(string.Join("&", Enumerable.Range(0, 1001).Select(i => $"f{i}=x"))), "application/x-www-form-urlencoded"),
            "Too many fields. Maximum number of fields is 1000.");

    [Fact] // GHSA-82w8-qh3p-5jfq, CVE-2026-54283
    public async Task FormAsync_UrlEncodedFieldOver1MiB_Answers400()
    {
        using var response = await _client.PostAsync("/form", Body(Encoding.ASCII.GetBytes("big=" + new string('x', 1024 * 1024)), "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Field exceeded maximum size of", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory] // GHSA-93gm-qmq6-w238, CVE-2024-24762: option values built to make a backtracking regex explode
    [InlineData("multipart/form-data; boundary=B; a=\"", 200_000, "\\")]
    [InlineData("multipart/form-data; boundary=B", 200_000, "; a=x")]
    [InlineData("application/x-www-form-urlencoded; !=\"", 200_000, "\\")]
    public async Task FormAsync_PathologicalContentType_AnswersWithinSeconds(string head, int count, string repeated)
    {
        var contentType = head + string.Concat(Enumerable.Repeat(repeated, count / repeated.Length));
        var watch = Stopwatch.StartNew();

        using var response = await _client.PostAsync("/form", Body(Encoding.ASCII.GetBytes("--B--\r\n"), contentType));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}"); // a functional bound: linear parsing takes milliseconds
    }

    [Fact] // GHSA-2c2j-9gv5-cj73, CVE-2025-54121: the upload rolls over to disk without holding other requests up
    public async Task FormAsync_FileOverTheSpoolSize_SpillsToDiskWhileOtherRequestsAreServed()
    {
        var upload = _client.PostAsync("/form", Body(Multipart(1, _ => "Content-Disposition: form-data; name=\"f\"; filename=\"big.bin\"\r\n\r\n" + new string('x', 8 * 1024 * 1024)), "multipart/form-data; boundary=B"));
        var pings = Enumerable.Range(0, 20).Select(_ => _client.GetAsync("/ping")).ToArray();

        var answered = await Task.WhenAll(pings).WaitAsync(TimeSpan.FromSeconds(10));
        using var response = await upload.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(answered, ping => Assert.Equal(HttpStatusCode.OK, ping.StatusCode));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1 1", await response.Content.ReadAsStringAsync()); // one file, on disk
    }
}
