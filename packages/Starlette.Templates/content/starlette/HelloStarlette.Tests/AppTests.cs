using Starlette.Testing;

namespace HelloStarlette.Tests;

public class AppTests
{
    [Fact]
    public async Task Get_Root_SaysHello()
    {
        using var client = new TestClient(App.Create());

        Assert.Equal("Hello, world!", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Get_Hello_AnswersJsonWithTheName()
    {
        using var client = new TestClient(App.Create());

        Assert.Equal("{\"hello\":\"starlette\"}", await client.GetStringAsync("/hello/starlette"));
    }

    [Fact]
    public async Task WebSocket_TextMessage_IsEchoed()
    {
        using var client = new TestClient(App.Create());
        await using var websocket = await client.WebSocketConnectAsync("/ws");

        await websocket.SendTextAsync("hi");

        Assert.Equal("echo: hi", await websocket.ReceiveTextAsync());
    }
}
