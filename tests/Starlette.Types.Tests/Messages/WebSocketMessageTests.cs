namespace Starlette.Types.Tests;

public class WebSocketMessageTests
{
    [Fact]
    public void WebSocketAcceptMessage_Defaults_NoSubprotocolNoHeaders()
    {
        var message = new WebSocketAcceptMessage();

        Assert.Null(message.Subprotocol);
        Assert.Empty(message.Headers);
        Assert.Equal("chat", new WebSocketAcceptMessage("chat").Subprotocol);
    }

    [Fact]
    public void WebSocketReceiveMessage_Text_SetsOnlyText()
    {
        var message = new WebSocketReceiveMessage("hello");

        Assert.Equal("hello", message.Text);
        Assert.Null(message.Bytes);
    }

    [Fact]
    public void WebSocketReceiveMessage_Bytes_SetsOnlyBytes()
    {
        var message = new WebSocketReceiveMessage(new byte[] { 1, 2 });

        Assert.Null(message.Text);
        Assert.Equal(new byte[] { 1, 2 }, message.Bytes!.Value.ToArray());
    }

    [Fact]
    public void WebSocketSendMessage_TextOrBytes_SetsExactlyOne()
    {
        Assert.Null(new WebSocketSendMessage("x").Bytes);
        Assert.Null(new WebSocketSendMessage(new byte[] { 1 }).Text);
        Assert.Throws<ArgumentNullException>(() => new WebSocketSendMessage((string)null!));
    }

    [Fact]
    public void WebSocketDisconnectMessage_Defaults_Code1005EmptyReason()
    {
        var message = new WebSocketDisconnectMessage();

        Assert.Equal(1005, message.Code);
        Assert.Equal("", message.Reason);
    }

    [Fact]
    public void WebSocketCloseMessage_Defaults_Code1000EmptyReason()
    {
        var message = new WebSocketCloseMessage();

        Assert.Equal(1000, message.Code);
        Assert.Equal("", message.Reason);
        Assert.Equal("bye", new WebSocketCloseMessage(1001, "bye").Reason);
    }

    [Fact]
    public void WebSocketHttpResponseMessages_Defaults()
    {
        var start = new WebSocketHttpResponseStartMessage(403);
        var body = new WebSocketHttpResponseBodyMessage();

        Assert.Equal(403, start.Status);
        Assert.Empty(start.Headers);
        Assert.True(body.Body.IsEmpty);
        Assert.False(body.MoreBody);
    }
}
