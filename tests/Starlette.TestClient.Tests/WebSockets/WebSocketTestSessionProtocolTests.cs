using Starlette.Types;

namespace Starlette.Testing.Tests;

/// <summary>
/// The WebSocket send order the TestClient enforces on an app, as a server does: a message out of order throws in the
/// app, naming the rule, and the test sees that exception.
/// </summary>
public class WebSocketTestSessionProtocolTests
{
    private static readonly WebSocketHttpResponseStartMessage DenialStart = new(403);

    private static readonly WebSocketHttpResponseBodyMessage DenialBody = new("no"u8.ToArray());

    private static readonly Dictionary<string, AsgiMessage[]> Sequences = new()
    {
        ["send-before-accept"] = [new WebSocketSendMessage("hi")],
        ["body-before-start"] = [DenialBody],
        ["http-message"] = [new HttpResponseStartMessage(200)],
        ["denial-after-accept"] = [new WebSocketAcceptMessage(), DenialStart],
        ["accept-twice"] = [new WebSocketAcceptMessage(), new WebSocketAcceptMessage()],
        ["accept-after-denial"] = [DenialStart, DenialBody, new WebSocketAcceptMessage()],
    };

    public static TheoryData<string, string> Violations => new()
    {
        { "send-before-accept", "Received 'websocket.send' before 'websocket.accept': accept the connection first." },
        { "body-before-start", "Received 'websocket.http.response.body' without a 'websocket.http.response.start' before it, or after the denial response completed." },
        { "http-message", "Received 'http.response.start' on a WebSocket connection: only websocket.* messages can be sent there." },
        { "denial-after-accept", "Received 'websocket.http.response.start' after the handshake was answered: a denial response replaces 'websocket.accept'." },
        { "accept-twice", "Received 'websocket.accept' after the WebSocket was accepted." },
        { "accept-after-denial", "Received 'websocket.accept' after a denial response: the handshake was already answered." },
    };

    private static async Task<InvalidOperationException> ViolationAsync(AsgiApp app)
    {
        using var client = new TestClient(app);
        return await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var ws = await client.WebSocketConnectAsync("/");
            await ws.ReceiveAsync();
        });
    }

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task AppSend_OutOfOrder_ThrowsNamingTheRule(string violation, string expected)
    {
        var error = await ViolationAsync(async (scope, receive, send) =>
        {
            await receive();
            foreach (var message in Sequences[violation]) await send(message);
            await receive();
        });

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public async Task AppSend_DenialWhenScopeNoLongerAdvertisesIt_ThrowsNamingTheExtension()
    {
        var error = await ViolationAsync(async (scope, receive, send) =>
        {
            await receive();
            scope.Extensions = null; // as a middleware hiding the extension from the app would
            await send(DenialStart);
        });

        Assert.Equal("Received 'websocket.http.response.start', but this host does not advertise the 'websocket.http.response' extension.", error.Message);
    }

    [Fact]
    public async Task ReceiveTextAsync_AppReturnsAfterAccept_ThrowsNothingMoreToReceive()
    {
        using var client = new TestClient(async (scope, receive, send) =>
        {
            await receive();
            await send(new WebSocketAcceptMessage());
        });
        await using var ws = await client.WebSocketConnectAsync("/");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ws.ReceiveTextAsync());

        Assert.Equal("The app returned without sending another WebSocket message.", error.Message);
    }
}
