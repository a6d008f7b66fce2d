using Starlette.Types;

namespace Starlette.Datastructures.Tests;

public class UrlFromScopeTests
{
    private static Scope HttpScope(string path, string query = "", string scheme = "http", HostPort? server = null, params HttpHeader[] headers) =>
        new(ScopeType.Http) { Scheme = scheme, Path = path, QueryString = query, Server = server, Headers = headers };

    [Fact]
    public void FromScope_HostHeaderOrServer_BuildsTheRequestUrl() // upstream test_url_from_scope
    {
        var u = Url.FromScope(HttpScope("/path/to/somewhere", "abc=123"));
        Assert.True(u.Equals("/path/to/somewhere?abc=123"));
        Assert.Equal("URL('/path/to/somewhere?abc=123')", u.ToDisplayString());

        u = Url.FromScope(HttpScope("/path/to/somewhere"));
        Assert.True(u.Equals("/path/to/somewhere"));
        Assert.Equal("URL('/path/to/somewhere')", u.ToDisplayString());

        u = Url.FromScope(HttpScope("/path/to/somewhere", "abc=123", "https", new HostPort("example.org", 123)));
        Assert.True(u.Equals("https://example.org:123/path/to/somewhere?abc=123"));
        Assert.Equal("URL('https://example.org:123/path/to/somewhere?abc=123')", u.ToDisplayString());

        u = Url.FromScope(HttpScope("/path/to/somewhere", "abc=123", "https", new HostPort("example.org", 443)));
        Assert.True(u.Equals("https://example.org/path/to/somewhere?abc=123"));
        Assert.Equal("URL('https://example.org/path/to/somewhere?abc=123')", u.ToDisplayString());

        u = Url.FromScope(HttpScope(
            "/some/path",
            "query=string",
            "http",
            null,
            new HttpHeader("content-type", "text/html"),
            new HttpHeader("host", "example.com:8000"),
            new HttpHeader("accept", "text/html")));
        Assert.True(u.Equals("http://example.com:8000/some/path?query=string"));
        Assert.Equal("URL('http://example.com:8000/some/path?query=string')", u.ToDisplayString());
    }

    [Theory]
    [InlineData("foo/?x=")] // question-mark
    [InlineData("foo/#")] // hash
    [InlineData("foo/bar")] // slash
    [InlineData("user@foo")] // at-sign
    [InlineData("foo\\bar")] // backslash
    [InlineData("foo bar")] // space
    public void FromScope_InvalidHostHeader_FallsBackToTheServer(string host) // upstream test_url_from_scope_with_invalid_host
    {
        var u = Url.FromScope(HttpScope("/admin", "", "http", new HostPort("example.com", 80), new HttpHeader("host", host)));

        Assert.Equal("/admin", u.Path);
        Assert.Equal("example.com", u.Netloc);
    }

    [Theory]
    [InlineData("@google.com", "/@google.com", true)] // at-sign, host-header
    [InlineData("user:pass@google.com", "/user:pass@google.com", true)] // userinfo, host-header
    [InlineData("//google.com/x", "//google.com/x", true)] // scheme-relative, host-header
    [InlineData("http://google.com/x", "/http://google.com/x", true)] // absolute, host-header
    [InlineData("@google.com", "/@google.com", false)] // at-sign, server-fallback
    [InlineData("user:pass@google.com", "/user:pass@google.com", false)] // userinfo, server-fallback
    [InlineData("//google.com/x", "//google.com/x", false)] // scheme-relative, server-fallback
    [InlineData("http://google.com/x", "/http://google.com/x", false)] // absolute, server-fallback
    public void FromScope_AuthorityInPath_StaysInThePath(string path, string expectedPath, bool withHostHeader) // upstream test_url_from_scope_with_authority_in_path
    {
        HttpHeader[] headers = withHostHeader ? [new HttpHeader("host", "localhost")] : [];

        var u = Url.FromScope(HttpScope(path, "a=b", "http", new HostPort("localhost", 80), headers));

        Assert.Equal("localhost", u.Hostname);
        Assert.Equal(expectedPath, u.Path);
        Assert.Equal("a=b", u.Query);
    }

    [Theory]
    [InlineData("example.com", true)]
    [InlineData("EXAMPLE.com:8080", true)]
    [InlineData("[::1]", true)]
    [InlineData("[::1]:8000", true)]
    [InlineData("[fe80::a:B]:1", true)]
    [InlineData("127.0.0.1:80", true)]
    [InlineData("\u017f.com", true)] // long s case-folds into [a-z] under Python's IGNORECASE
    [InlineData("", false)]
    [InlineData(":80", false)]
    [InlineData("host:", false)]
    [InlineData("host:8x", false)]
    [InlineData("[::1", false)]
    [InlineData("[]", false)]
    [InlineData("[abc]", false)]
    [InlineData("[:]", false)]
    [InlineData("[::g]", false)]
    [InlineData("host\n", false)]
    [InlineData("h\u00e9st", false)]
    public void FromScope_HostHeader_UsedOnlyWhenItMatchesTheHostPattern(string host, bool used)
    {
        var u = Url.FromScope(HttpScope("/", "", "http", new HostPort("fallback", 80), new HttpHeader("host", host)));

        Assert.Equal(used ? host : "fallback", u.Netloc);
    }

    [Theory]
    [InlineData("http", 80, "http://h/")]
    [InlineData("http", 443, "http://h:443/")]
    [InlineData("https", 443, "https://h/")]
    [InlineData("ws", 80, "ws://h/")]
    [InlineData("wss", 443, "wss://h/")]
    [InlineData("wss", 80, "wss://h:80/")]
    [InlineData("custom", 80, "custom://h:80/")]
    public void FromScope_Server_DropsTheSchemesDefaultPort(string scheme, int port, string expected) =>
        Assert.Equal(expected, Url.FromScope(HttpScope("/", "", scheme, new HostPort("h", port))).ToString());

    [Fact]
    public void FromScope_ServerWithoutPort_UsesTheHostAlone() =>
        Assert.Equal("http://unix.sock/", Url.FromScope(HttpScope("/", "", "http", new HostPort("unix.sock", null))).ToString());

    [Fact]
    public void FromScope_FirstHostHeader_Wins() =>
        Assert.Equal("a", Url.FromScope(HttpScope("/", "", "http", null, new HttpHeader("host", "a"), new HttpHeader("host", "b"))).Netloc);

    [Fact]
    public void FromScope_InvalidBracketedHost_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => Url.FromScope(HttpScope("/", "", "http", null, new HttpHeader("host", "[:1]"))));

    [Fact]
    public void FromScope_PathWithQuestionMark_IsSplitAsUpstreamDoes()
    {
        var u = Url.FromScope(HttpScope("/a?b", "c=1", "http", new HostPort("h", 80)));

        Assert.Equal("http://h/a?b?c=1", u.ToString());
        Assert.Equal("/a", u.Path);
        Assert.Equal("b?c=1", u.Query);
    }
}
