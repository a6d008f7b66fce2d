namespace Starlette.Datastructures.Tests;

public class UrlPathTests
{
    [Theory]
    [InlineData("http", "http://example.org", "http://example.org/users/1")]
    [InlineData("http", "https://example.org", "https://example.org/users/1")]
    [InlineData("websocket", "http://example.org", "ws://example.org/users/1")]
    [InlineData("websocket", "https://example.org", "wss://example.org/users/1")]
    [InlineData("", "https://example.org/root/", "https://example.org/root/users/1")]
    [InlineData("", "ws://example.org//", "ws://example.org/users/1")]
    public void MakeAbsoluteUrl_ProtocolAndBase_ChooseTheScheme(string protocol, string baseUrl, string expected)
    {
        var path = new UrlPath("/users/1", protocol);

        Assert.Equal(expected, path.MakeAbsoluteUrl(baseUrl).ToString());
        Assert.Equal(expected, path.MakeAbsoluteUrl(new Url(baseUrl)).ToString());
    }

    [Fact]
    public void MakeAbsoluteUrl_WithHost_UsesTheHost() =>
        Assert.Equal("https://api.example.org/v1", new UrlPath("/v1", "http", "api.example.org").MakeAbsoluteUrl("https://example.org:8443/").ToString());

    [Fact]
    public void UrlPath_ActsAsItsPathString()
    {
        var path = new UrlPath("/a", "http", "h");
        string text = path;

        Assert.Equal("/a", text);
        Assert.Equal("/a", path.ToString());
        Assert.True(path.Equals("/a"));
        Assert.Equal(new UrlPath("/a"), path);
        Assert.Equal(("http", "h"), (path.Protocol, path.Host));
    }

    [Fact]
    public void Constructor_UnknownProtocol_ThrowsArgumentException() =>
        Assert.Equal("protocol", Assert.Throws<ArgumentException>(() => new UrlPath("/", "https")).ParamName);
}
