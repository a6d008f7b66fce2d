namespace Starlette.Datastructures.Tests;

public class UrlTests
{
    [Fact]
    public void Url_ComponentsAndReplace_FollowUrlsplit() // upstream test_url
    {
        var u = new Url("https://example.org:123/path/to/somewhere?abc=123#anchor");
        Assert.Equal("https", u.Scheme);
        Assert.Equal("example.org", u.Hostname);
        Assert.Equal(123, u.Port);
        Assert.Equal("example.org:123", u.Netloc);
        Assert.Null(u.Username);
        Assert.Null(u.Password);
        Assert.Equal("/path/to/somewhere", u.Path);
        Assert.Equal("abc=123", u.Query);
        Assert.Equal("anchor", u.Fragment);

        var replaced = u.Replace(scheme: "http");
        Assert.True(replaced.Equals("http://example.org:123/path/to/somewhere?abc=123#anchor"));
        Assert.Equal("http", replaced.Scheme);

        replaced = u.Replace(port: null);
        Assert.True(replaced.Equals("https://example.org/path/to/somewhere?abc=123#anchor"));
        Assert.Null(replaced.Port);

        replaced = u.Replace(hostname: "example.com");
        Assert.True(replaced.Equals("https://example.com:123/path/to/somewhere?abc=123#anchor"));
        Assert.Equal("example.com", replaced.Hostname);

        var ipv6 = new Url("https://[fe::2]:12345");
        Assert.True(ipv6.Replace(port: 8080).Equals("https://[fe::2]:8080"));

        replaced = ipv6.Replace(username: "username", password: "password");
        Assert.True(replaced.Equals("https://username:password@[fe::2]:12345"));
        Assert.Equal("username:password@[fe::2]:12345", replaced.Netloc);

        Assert.True(new Url("https://[fe::2]").Replace(port: 123).Equals("https://[fe::2]:123"));

        Assert.Equal(new Url("http://u:p@bar/"), new Url("http://u:p@host/").Replace(hostname: "bar"));
        Assert.Equal(new Url("http://u:p@host:88"), new Url("http://u:p@host:80").Replace(port: 88));
        Assert.Equal(new Url("http://u@host:80"), new Url("http://host:80").Replace(username: "u"));

        // Replacing authority parts of a URL without an authority adds them.
        var relative = new Url("/path?a=1");
        Assert.Equal(new Url("//:8080/path?a=1"), relative.Replace(port: 8080));
        Assert.Equal(8080, relative.Replace(port: 8080).Port);
        Assert.Equal(new Url("//u@/path?a=1"), relative.Replace(username: "u"));
    }

    [Fact]
    public void IncludeReplaceRemoveQueryParams_ReencodeTheQuery() // upstream test_url_query_params
    {
        var u = new Url("https://example.org/path/?page=3");
        Assert.Equal("page=3", u.Query);
        u = u.IncludeQueryParams(("page", "4"));
        Assert.Equal("https://example.org/path/?page=4", u.ToString());
        u = u.IncludeQueryParams(("search", "testing"));
        Assert.Equal("https://example.org/path/?page=4&search=testing", u.ToString());
        u = u.ReplaceQueryParams(("order", "name"));
        Assert.Equal("https://example.org/path/?order=name", u.ToString());
        u = u.RemoveQueryParams("order");
        Assert.Equal("https://example.org/path/", u.ToString());
        u = u.IncludeQueryParams(("page", "4"), ("search", "testing"));
        Assert.Equal("https://example.org/path/?page=4&search=testing", u.ToString());
        u = u.RemoveQueryParams(["page", "search"]);
        Assert.Equal("https://example.org/path/", u.ToString());
    }

    [Fact]
    public void ToDisplayString_MasksThePassword() // upstream test_hidden_password
    {
        Assert.Equal("URL('https://example.org/path/to/somewhere')", new Url("https://example.org/path/to/somewhere").ToDisplayString());
        Assert.Equal("URL('https://username@example.org/path/to/somewhere')", new Url("https://username@example.org/path/to/somewhere").ToDisplayString());

        var secret = new Url("https://username:password@example.org/path/to/somewhere");
        Assert.Equal("URL('https://username:********@example.org/path/to/somewhere')", secret.ToDisplayString());
        Assert.Equal("https://username:password@example.org/path/to/somewhere", secret.ToString());
    }

    [Fact]
    public void IncludeQueryParams_KeepsOtherParamsAndEncodesLikeUrlencode()
    {
        var u = new Url("/search?q=a+b&tag=x&tag=y&empty#top");

        var included = u.IncludeQueryParams(new Dictionary<string, string> { ["q"] = "c&d é", ["new"] = "~_.-*" });

        Assert.Equal("/search?tag=x&tag=y&empty=&q=c%26d+%C3%A9&new=~_.-%2A#top", included.ToString());
        Assert.Equal("/search?tag=x&tag=y#top", u.RemoveQueryParams("q", "empty", "missing").ToString());
        Assert.Equal("/search#top", u.ReplaceQueryParams().ToString());
    }

    [Theory]
    [InlineData("http://User:Pa:ss@Example.COM:8080/p;x?q=1#f", "http", "User:Pa:ss@Example.COM:8080", "/p;x", "q=1", "f", "User", "Pa:ss", "example.com", 8080)]
    [InlineData("HTTP://h", "http", "h", "", "", "", null, null, "h", null)]
    [InlineData("//host/p", "", "host", "/p", "", "", null, null, "host", null)]
    [InlineData("mailto:x@y", "mailto", "", "x@y", "", "", null, null, null, null)]
    [InlineData("path:80", "path", "", "80", "", "", null, null, null, null)]
    [InlineData("  http://a\tb.c/\nx", "http", "ab.c", "/x", "", "", null, null, "ab.c", null)]
    [InlineData("http://[fe80::1%25eTh0]:1/", "http", "[fe80::1%25eTh0]:1", "/", "", "", null, null, "fe80::1%25eTh0", 1)]
    [InlineData("http://h:/p", "http", "h:", "/p", "", "", null, null, "h", null)]
    [InlineData("http://a@b@c/", "http", "a@b@c", "/", "", "", "a@b", null, "c", null)]
    [InlineData("/p?a?b#c#d", "", "", "/p", "a?b", "c#d", null, null, null, null)]
    [InlineData("x", "", "", "x", "", "", null, null, null, null)]
    [InlineData("http://h:0080", "http", "h:0080", "", "", "", null, null, "h", 80)]
    [InlineData("", "", "", "", "", "", null, null, null, null)]
    public void Constructor_AnyUrl_SplitsLikeUrlsplit(
        string url, string scheme, string netloc, string path, string query, string fragment,
        string? username, string? password, string? hostname, int? port)
    {
        var u = new Url(url);

        Assert.Equal((scheme, netloc, path, query, fragment), (u.Scheme, u.Netloc, u.Path, u.Query, u.Fragment));
        Assert.Equal((username, password, hostname, port), (u.Username, u.Password, u.Hostname, u.Port));
        Assert.Equal(url, u.ToString());
    }

    [Theory]
    [InlineData("http://[::1", "Invalid IPv6 URL")]
    [InlineData("http://::1]/", "Invalid IPv6 URL")]
    [InlineData("http://[127.0.0.1]/", "An IPv4 address cannot be in brackets")]
    [InlineData("http://[vx.y]/", "IPvFuture address is invalid")]
    [InlineData("http://[zz]/", "'zz' does not appear to be an IPv4 or IPv6 address")]
    [InlineData("http://[::1%]/", "'::1%' does not appear to be an IPv4 or IPv6 address")]
    [InlineData("http://a\u2100b/", "netloc 'a\u2100b' contains invalid characters under NFKC normalization")]
    [InlineData("http://\ud800\u2100/", "netloc '\ud800\u2100' contains invalid characters under NFKC normalization")]
    public void Constructor_UnsplittableAuthority_ThrowsArgumentException(string url, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new Url(url));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("url", error.ParamName);
    }

    [Theory]
    [InlineData("http://h:abc/", "Port could not be cast to integer value as 'abc'")]
    [InlineData("http://h:-1/", "Port could not be cast to integer value as '-1'")]
    [InlineData("http://h:70000/", "Port out of range 0-65535")]
    [InlineData("http://h:99999999999999999999/", "Port out of range 0-65535")]
    public void Port_InvalidPort_ThrowsFormatExceptionOnlyWhenRead(string url, string message)
    {
        var u = new Url(url);

        Assert.Equal("/", u.Path);
        Assert.Equal("h", u.Hostname);
        Assert.Equal(message, Assert.Throws<FormatException>(() => u.Port).Message);
    }

    [Fact]
    public void Constructor_IPvFutureAndZonedIPv6_AreAccepted()
    {
        Assert.Equal("v1.x", new Url("http://[v1.x]/").Hostname);
        Assert.Equal("fe80::1%eth0", new Url("http://[FE80::1%eth0]/").Hostname);
    }

    [Fact]
    public void Replace_NullUsernameOrPassword_RemovesThem()
    {
        var u = new Url("https://user:pw@example.org:8443/a");

        Assert.Equal("https://user@example.org:8443/a", u.Replace(password: null).ToString());
        Assert.Equal("https://example.org:8443/a", u.Replace(username: null).ToString());
        Assert.Equal("https://user:pw@example.org:8443/a?x=1", u.Replace(query: "x=1").ToString());
        Assert.Equal("https://user:pw@other:1/a", u.Replace(netloc: "user:pw@other:1").ToString());
        Assert.Equal("https://user:pw@example.org/a", u.Replace(netloc: "ignored", port: null).ToString());
    }

    [Fact]
    public void Replace_PathNotStartingWithSlash_IsSeparatedFromTheAuthority()
    {
        Assert.Equal("http://h/p", new Url("http://h").Replace(path: "p").ToString());
        Assert.Equal("//h//x", new Url("").Replace(netloc: "h", path: "//x").ToString());
        Assert.Equal("////x", new Url("").Replace(path: "//x").ToString());
        Assert.Equal("//x", new Url("////x").Path);
    }

    [Fact]
    public void FromComponents_BuildsAUrlFromParts()
    {
        var u = Url.FromComponents(scheme: "https", netloc: "example.org", path: "/a", query: "b=1", fragment: "c");

        Assert.Equal("https://example.org/a?b=1#c", u.ToString());
        Assert.Equal("", Url.FromComponents().ToString());
        Assert.Equal("http://example.org:81/", Url.FromComponents(scheme: "http", hostname: "example.org", port: 81, path: "/").ToString());
    }

    [Fact]
    public void Equality_ComparesTheText()
    {
        var a = new Url("http://example.org/");

        Assert.True(a == new Url("http://example.org/"));
        Assert.True(a != new Url("http://example.org"));
        Assert.True(a.Equals("http://example.org/"));
        Assert.False(a.Equals((object)"http://example.org/"));
        Assert.Equal(a.GetHashCode(), new Url("http://example.org/").GetHashCode());
        Assert.False(a == null);
    }

    [Fact]
    public void IsSecure_HttpsAndWss_AreSecure()
    {
        Assert.True(new Url("https://a/").IsSecure);
        Assert.True(new Url("WSS://a/").IsSecure);
        Assert.False(new Url("http://a/").IsSecure);
        Assert.False(new Url("ws://a/").IsSecure);
    }

    [Fact]
    public void ToDisplayString_QuotesLikePythonRepr()
    {
        Assert.Equal("URL(\"/it's\")", new Url("/it's").ToDisplayString());
        Assert.Equal("URL('/a\\\\b\\x00')", new Url("/a\\b\0").ToDisplayString());
    }

    [Fact]
    public void ToDisplayString_PasswordAndInvalidPort_StillMasksWithoutThrowing() =>
        Assert.Equal("URL('http://u:********@h:abc/p')", new Url("http://u:secret@h:abc/p").ToDisplayString());

    [Fact]
    public void QueryParamMethods_NullNameOrValue_ThrowArgumentException()
    {
        var u = new Url("/p?a=1");

        Assert.Throws<ArgumentException>(() => u.IncludeQueryParams(("a", null!)));
        Assert.Throws<ArgumentException>(() => u.ReplaceQueryParams((null!, "1")));
        Assert.Throws<ArgumentNullException>(() => u.RemoveQueryParams((string)null!));
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => new Url(null!));
}
