namespace Starlette.Types.Tests;

public class HttpMessageTests
{
    [Fact]
    public void HttpRequestBodyMessage_Defaults_EmptyAndFinal()
    {
        var message = new HttpRequestBodyMessage();

        Assert.True(message.Body.IsEmpty);
        Assert.False(message.MoreBody);
        Assert.True(HttpRequestBodyMessage.Empty.Body.IsEmpty);
        Assert.False(HttpRequestBodyMessage.Empty.MoreBody);
    }

    [Fact]
    public void HttpRequestBodyMessage_WithChunk_KeepsChunkAndFlag()
    {
        var message = new HttpRequestBodyMessage("abc"u8.ToArray(), moreBody: true);

        Assert.Equal("abc"u8.ToArray(), message.Body.ToArray());
        Assert.True(message.MoreBody);
    }

    [Fact]
    public void HttpResponseStartMessage_Defaults_NoHeadersNoTrailers()
    {
        var message = new HttpResponseStartMessage(204);

        Assert.Equal(204, message.Status);
        Assert.Empty(message.Headers);
        Assert.False(message.Trailers);
    }

    [Fact]
    public void HttpResponseStartMessage_Headers_CanBeChangedInPlaceByMiddleware()
    {
        var headers = new List<HttpHeader> { new("content-type", "text/plain") };
        var message = new HttpResponseStartMessage(200, headers, trailers: true);

        message.Headers.Add(new HttpHeader("vary", "Origin"));

        Assert.Same(headers, message.Headers);
        Assert.Equal(2, message.Headers.Count);
        Assert.True(message.Trailers);
    }

    [Fact]
    public void HttpResponseStartMessage_DefaultHeaders_AreNotShared()
    {
        var first = new HttpResponseStartMessage(200);
        first.Headers.Add(new HttpHeader("x", "1"));

        Assert.Empty(new HttpResponseStartMessage(200).Headers);
    }

    [Fact]
    public void HttpResponseBodyMessage_Defaults_EmptyAndFinal()
    {
        var message = new HttpResponseBodyMessage();

        Assert.True(message.Body.IsEmpty);
        Assert.False(message.MoreBody);
        Assert.False(HttpResponseBodyMessage.Empty.MoreBody);
        Assert.True(new HttpResponseBodyMessage("x"u8.ToArray(), moreBody: true).MoreBody);
    }

    [Fact]
    public void HttpResponseTrailersMessage_Defaults_EmptyAndFinal()
    {
        var message = new HttpResponseTrailersMessage();

        Assert.Empty(message.Headers);
        Assert.False(message.MoreTrailers);
        Assert.True(new HttpResponseTrailersMessage([new("grpc-status", "0")], moreTrailers: true).MoreTrailers);
    }

    [Fact]
    public void HttpResponsePathSendMessage_EmptyPath_Throws()
    {
        Assert.Equal("/srv/a.txt", new HttpResponsePathSendMessage("/srv/a.txt").Path);
        Assert.Throws<ArgumentException>(() => new HttpResponsePathSendMessage(""));
        Assert.Throws<ArgumentNullException>(() => new HttpResponsePathSendMessage(null!));
    }

    [Fact]
    public void HttpResponsePushMessage_Defaults_NoHeaders()
    {
        var message = new HttpResponsePushMessage("/app.js");

        Assert.Equal("/app.js", message.Path);
        Assert.Empty(message.Headers);
    }

    [Fact]
    public void HttpResponseDebugMessage_KeepsInfo()
    {
        var info = new Dictionary<string, object?> { ["template"] = "index.html" };

        Assert.Same(info, new HttpResponseDebugMessage(info).Info);
        Assert.Throws<ArgumentNullException>(() => new HttpResponseDebugMessage(null!));
    }
}
