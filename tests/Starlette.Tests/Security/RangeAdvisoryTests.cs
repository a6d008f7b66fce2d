using System.Diagnostics;
using System.Net;
using Starlette.Responses;
using Starlette.Testing;

namespace Starlette.Tests.Security;

/// <summary>GHSA-7f5h-v6xp-fcq8 (CVE-2025-62727): a <c>Range</c> header of thousands of parts is answered in bounded
/// time. Since upstream 1.5.1 (#3430) more than 100 ranges are ignored and the whole file is served; up to 100 are
/// merged.</summary>
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
    public async Task Range_50000DisjointRanges_ServesWholeFileQuickly()
    {
        using var response = await GetAsync("bytes=" + string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"{i * 3}-{(i * 3) + 1}")));

        AssertWholeFile(response);
    }

    [Fact]
    public async Task Range_50000OverlappingRanges_ServesWholeFileQuickly()
    {
        using var response = await GetAsync("bytes=" + string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"{i % 1000}-{(i % 1000) + 10}")));

        AssertWholeFile(response);
    }

    [Fact]
    public async Task Range_100OverlappingRanges_MergeIntoOne206()
    {
        using var response = await GetAsync("bytes=" + string.Join(",", Enumerable.Range(0, 100).Select(i => $"{i}-{i + 10}")));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 0-109/200000", string.Join("", response.Content.Headers.GetValues("content-range")));
    }

    private static void AssertWholeFile(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200_000, response.Content.Headers.ContentLength);
        Assert.False(response.Content.Headers.Contains("content-range"));
    }
}
