using System.Net;
using Starlette.Datastructures;
using Starlette.Types;
using static Starlette.StaticFiles.Tests.Harness;

namespace Starlette.StaticFiles.Tests;

/// <summary>Upstream's 304 tests: If-None-Match (weak tags, lists) decides alone, then If-Modified-Since.</summary>
public sealed class StaticFilesConditionalTests : IDisposable
{
    private static readonly DateTime Modified = new(2013, 10, 10, 23, 40, 0, DateTimeKind.Utc);
    private readonly TempDir _tmp = new();

    public void Dispose() => _tmp.Dispose();

    [Fact]
    public async Task Get_IfNoneMatchWithEtag_Answers304() // upstream test_staticfiles_304_with_etag_match
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(new StaticFiles(_tmp.Path));
        var first = await client.GetAsync("/example.txt");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = Header(first, "etag");

        foreach (var ifNoneMatch in new[] { etag, $"W/{etag}, \"123\"", $"\"123\",\tW/{etag}" })
        {
            var second = await client.GetAsync("/example.txt", ("if-none-match", ifNoneMatch));
            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
            Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Get_NotModified_KeepsOnlyTheEtagHeader()
    {
        _tmp.Write("example.txt", "<file content>");
        var app = new StaticFiles(_tmp.Path);
        var etag = (await CallAsync(app, RequestScope("/example.txt"))).Header("etag")!;
        var scope = RequestScope("/example.txt");
        scope.Headers = [new HttpHeader("if-none-match", etag)];

        var sent = await CallAsync(app, scope);

        Assert.Equal(304, sent.Status);
        Assert.Equal([new HttpHeader("etag", etag)], sent.Headers);
        Assert.Equal("", sent.Body.ToString());
    }

    [Fact]
    public async Task Get_IfNoneMatchMismatch_Answers200() // upstream test_staticfiles_200_with_etag_mismatch
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(new StaticFiles(_tmp.Path));
        var first = await client.GetAsync("/example.txt");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual("\"123\"", Header(first, "etag"));

        var second = await client.GetAsync("/example.txt", ("if-none-match", "\"123\""));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("<file content>", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_IfNoneMatchMismatchAndTimestampMatch_Answers200() // upstream test_staticfiles_200_with_etag_mismatch_and_timestamp_match
    {
        _tmp.Write("example.txt", "<file content>");
        using var client = Client(new StaticFiles(_tmp.Path));
        var first = await client.GetAsync("/example.txt");
        Assert.NotEqual("\"123\"", Header(first, "etag"));
        var lastModified = Header(first, "last-modified");

        var second = await client.GetAsync("/example.txt", ("if-none-match", "\"123\""), ("if-modified-since", lastModified));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("<file content>", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_IfModifiedSince_ComparesWithLastModified() // upstream test_staticfiles_304_with_last_modified_compare_last_req
    {
        var path = _tmp.Write("example.txt", "<file content>");
        File.SetLastWriteTimeUtc(path, Modified);
        using var client = Client(new StaticFiles(_tmp.Path));

        var later = await client.GetAsync("/example.txt", ("If-Modified-Since", "Thu, 11 Oct 2013 15:30:19 GMT"));
        Assert.Equal(HttpStatusCode.NotModified, later.StatusCode);
        Assert.Empty(await later.Content.ReadAsByteArrayAsync());

        var earlier = await client.GetAsync("/example.txt", ("If-Modified-Since", "Thu, 20 Feb 2012 15:30:19 GMT"));
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
        Assert.Equal("<file content>", await earlier.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Thu, 10 Oct 2013 23:40:00 GMT", true)] // equal
    [InlineData("Thu, 10 Oct 2013 23:39:59 GMT", false)]
    [InlineData("10 Oct 2013 23:40:00 GMT", true)] // no day name
    [InlineData("Thursday, 10-Oct-13 23:40:00 GMT", true)] // RFC 850, two-digit year
    [InlineData("Thu Oct 10 23:40:00 2013", true)] // asctime
    [InlineData("Thu, 10 Oct 2013 23.40.00", true)] // dotted time
    [InlineData("Thu, 10 Oct 2013 23:40:00 +0500", true)] // the zone is ignored, as parsedate ignores it
    [InlineData("Thu, 10 Oct 2013 23:40", true)] // no seconds
    [InlineData("Thu,10 Oct 2013 23:40:00 GMT", true)] // no space after the comma
    [InlineData("Thu, 10 oct 2013 23:40:00 GMT", true)] // case-insensitive month
    [InlineData("Thu, 10 October 2013 23:40:00 GMT", true)] // full month name
    [InlineData("Thu, 10 Oct 2_013 23:40:00 GMT", true)] // Python's int() takes underscores
    [InlineData("Thu, 10 Oct 2014", false)] // too few fields: not a date
    [InlineData("yesterday", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("Thu, 10 Foo 2099 23:40:00 GMT", false)] // unknown month
    [InlineData("Thu, 10 Oct 2099 23:40:xx GMT", false)] // bad seconds
    [InlineData("Thu, 10 Oct 99999999999999999999999 23:40:00 GMT", true)] // unbounded years
    public void IsNotModified_IfModifiedSince_ParsesAsPythonParsedate(string ifModifiedSince, bool expected)
    {
        var response = new Headers([new HttpHeader("etag", "\"abc\""), new HttpHeader("last-modified", "Thu, 10 Oct 2013 23:40:00 GMT")]);
        var request = new Headers([new HttpHeader("if-modified-since", ifModifiedSince)]);

        Assert.Equal(expected, StaticFiles.IsNotModified(response, request));
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData(" \"x\" ,  W/\"abc\" ", true)]
    [InlineData("\"x\",\u00a0\"abc\"\u001f", true)] // Python's strip() removes these too
    [InlineData("w/\"abc\"", false)] // the weak prefix is case-sensitive
    [InlineData("W/W/\"abc\"", false)] // removed once
    [InlineData("*", false)] // upstream does not treat * specially
    [InlineData("abc", false)]
    public void IsNotModified_IfNoneMatch_MatchesUpstream(string ifNoneMatch, bool expected)
    {
        var response = new Headers([new HttpHeader("etag", "\"abc\""), new HttpHeader("last-modified", "Thu, 10 Oct 2013 23:40:00 GMT")]);
        var request = new Headers([new HttpHeader("if-none-match", ifNoneMatch), new HttpHeader("if-modified-since", "Thu, 10 Oct 2013 23:40:00 GMT")]);

        Assert.Equal(expected, StaticFiles.IsNotModified(response, request));
    }

    [Fact]
    public void IsNotModified_EmptyIfNoneMatch_FallsBackToIfModifiedSince()
    {
        var response = new Headers([new HttpHeader("etag", "\"abc\""), new HttpHeader("last-modified", "Thu, 10 Oct 2013 23:40:00 GMT")]);
        var request = new Headers([new HttpHeader("if-none-match", ""), new HttpHeader("if-modified-since", "Thu, 10 Oct 2013 23:40:00 GMT")]);

        Assert.True(StaticFiles.IsNotModified(response, request));
        Assert.False(StaticFiles.IsNotModified(response, new Headers()));
    }

    [Fact]
    public async Task Get_IfModifiedSinceOnDeletedFileInHtmlMode_Serves404Page() // upstream test_staticfiles_cache_invalidation_for_deleted_file_html_mode
    {
        var page404 = _tmp.Write("404.html", "<p>404 file</p>");
        var some = _tmp.Write("some.html", "<p>some file</p>");
        File.SetLastWriteTimeUtc(page404, Modified);
        File.SetLastWriteTimeUtc(some, Modified);
        using var client = Client(new StaticFiles(_tmp.Path, html: true));

        var exists = await client.GetAsync("/some.html");
        Assert.Equal(HttpStatusCode.OK, exists.StatusCode);
        Assert.Equal("<p>some file</p>", await exists.Content.ReadAsStringAsync());
        var lastModified = Header(exists, "last-modified");

        var cached = await client.GetAsync("/some.html", ("If-Modified-Since", lastModified));
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);

        File.Delete(some);
        var deleted = await client.GetAsync("/some.html", ("If-Modified-Since", lastModified));
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.Equal("<p>404 file</p>", await deleted.Content.ReadAsStringAsync());
    }
}
