using System.Diagnostics;
using System.Net;
using Starlette.Responses;
using Starlette.Testing;

namespace Starlette.Tests.Security;

/// <summary>GHSA-7f5h-v6xp-fcq8 (CVE-2025-62727): a <c>Range</c> header of thousands of parts is answered in bounded
/// time, refused (400) when it still asks for more than 100 ranges after merging, served when they merge.</summary>
public sealed class RangeAdvisoryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("starlette-range-").FullName;
    private readonly TestClient _client;

    public RangeAdvisoryTests()
    {
        var path = Path.Combine(_directory, "data.bin");
        File.WriteAllBytes(path, new byte[200_000]);
        _client = new TestClient(new FileResponse(path).ToApp());
    }

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<HttpResponseMessage> GetAsync(string range)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("range", range);
        var watch = Stopwatch.StartNew();
        var response = await _client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}"); // functional bound; quadratic merging took minutes
        return response;
    }

    [Fact]
    public async Task Range_50000DisjointRanges_Answers400Quickly()
    {
        using var response = await GetAsync("bytes=" + string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"{i * 3}-{(i * 3) + 1}")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Range_50000OverlappingRanges_MergeIntoOne206Quickly()
    {
        using var response = await GetAsync("bytes=" + string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"{i % 1000}-{(i % 1000) + 10}")));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 0-1009/200000", string.Join("", response.Content.Headers.GetValues("content-range")));
    }
}
