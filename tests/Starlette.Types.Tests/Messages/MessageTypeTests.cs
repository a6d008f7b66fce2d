namespace Starlette.Types.Tests;

public class MessageTypeTests
{
    public static TheoryData<AsgiMessage, string> EveryMessage => new()
    {
        { HttpRequestBodyMessage.Empty, "http.request" },
        { HttpDisconnectMessage.Instance, "http.disconnect" },
        { new HttpResponseStartMessage(200), "http.response.start" },
        { HttpResponseBodyMessage.Empty, "http.response.body" },
        { new HttpResponseTrailersMessage(), "http.response.trailers" },
        { new HttpResponsePathSendMessage("/srv/file.txt"), "http.response.pathsend" },
        { new HttpResponsePushMessage("/style.css"), "http.response.push" },
        { new HttpResponseDebugMessage(new Dictionary<string, object?>()), "http.response.debug" },
        { WebSocketConnectMessage.Instance, "websocket.connect" },
        { new WebSocketAcceptMessage(), "websocket.accept" },
        { new WebSocketReceiveMessage("text"), "websocket.receive" },
        { new WebSocketSendMessage("text"), "websocket.send" },
        { new WebSocketDisconnectMessage(), "websocket.disconnect" },
        { new WebSocketCloseMessage(), "websocket.close" },
        { new WebSocketHttpResponseStartMessage(403), "websocket.http.response.start" },
        { new WebSocketHttpResponseBodyMessage(), "websocket.http.response.body" },
        { LifespanStartupMessage.Instance, "lifespan.startup" },
        { LifespanStartupCompleteMessage.Instance, "lifespan.startup.complete" },
        { new LifespanStartupFailedMessage(), "lifespan.startup.failed" },
        { LifespanShutdownMessage.Instance, "lifespan.shutdown" },
        { LifespanShutdownCompleteMessage.Instance, "lifespan.shutdown.complete" },
        { new LifespanShutdownFailedMessage(), "lifespan.shutdown.failed" },
    };

    [Theory]
    [MemberData(nameof(EveryMessage))]
    public void Type_EveryMessage_IsItsAsgiName(AsgiMessage message, string expected)
    {
        Assert.Equal(expected, message.Type);
        Assert.Equal(expected, message.ToString());
    }

    [Fact]
    public void EveryMessage_CoversEveryConcreteMessageClass()
    {
        var covered = EveryMessage.Select(row => row[0].GetType()).ToHashSet();
        var all = typeof(AsgiMessage).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(AsgiMessage)) && !t.IsAbstract);

        Assert.Empty(all.Where(t => !covered.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    public void MessageTypes_EveryConstant_NamesACoveredMessage()
    {
        var names = typeof(MessageTypes).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order();
        var covered = EveryMessage.Select(row => (string)row[1]).Order();

        Assert.Equal(covered, names);
    }

    [Fact]
    public void PayloadFreeMessages_AreSingletons()
    {
        Assert.Same(HttpDisconnectMessage.Instance, HttpDisconnectMessage.Instance);
        Assert.Same(WebSocketConnectMessage.Instance, WebSocketConnectMessage.Instance);
        Assert.Same(LifespanStartupMessage.Instance, LifespanStartupMessage.Instance);
        Assert.Empty(typeof(HttpDisconnectMessage).GetConstructors());
    }
}
