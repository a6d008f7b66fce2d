using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Testing.Tests;

/// <summary>The host-contract suite, run in-process through the TestClient.</summary>
public sealed class TestClientContractTests : HostContractTests
{
    protected override async Task<ContractHost> StartAsync(AsgiApp app)
    {
        var client = new TestClient(app, new TestClientOptions { RaiseServerExceptions = false });
        try
        {
            return new Host(client, await client.StartLifespanAsync());
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Host(TestClient client, TestClientLifespan lifespan) : ContractHost
    {
        public override HttpClient Client => client;

        public override async Task<ContractWebSocket> ConnectWebSocketAsync(string path, IEnumerable<string>? subprotocols = null)
        {
            try
            {
                return new Socket(await client.WebSocketConnectAsync(path, subprotocols));
            }
            catch (WebSocketDenialResponseException denial)
            {
                throw new WebSocketDeniedException(denial.StatusCode, denial.Text);
            }
            catch (WebSocketDisconnectException)
            {
                throw new WebSocketDeniedException(403, null);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await lifespan.DisposeAsync();
            client.Dispose();
        }
    }

    private sealed class Socket(WebSocketTestSession session) : ContractWebSocket
    {
        public override string? Subprotocol => session.AcceptedSubprotocol;

        public override Task SendTextAsync(string text) => session.SendTextAsync(text).AsTask();

        public override Task SendBytesAsync(byte[] bytes) => session.SendBytesAsync(bytes).AsTask();

        public override Task<string> ReceiveTextAsync() => session.ReceiveTextAsync();

        public override Task<byte[]> ReceiveBytesAsync() => session.ReceiveBytesAsync();

        public override async Task<(int Code, string Reason)> ReceiveCloseAsync()
        {
            var close = await Assert.ThrowsAsync<WebSocketDisconnectException>(() => session.ReceiveTextAsync());
            return (close.Code, close.Reason);
        }

        public override Task CloseAsync(int code, string reason) => session.CloseAsync(code, reason).AsTask();

        public override ValueTask DisposeAsync() => session.DisposeAsync();
    }
}
