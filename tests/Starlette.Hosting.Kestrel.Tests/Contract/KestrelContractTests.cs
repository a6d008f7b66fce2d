using System.Net;
using System.Net.WebSockets;
using System.Text;
using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>The host-contract suite, run over real sockets: Kestrel on a loopback port, HttpClient and ClientWebSocket.</summary>
public sealed class KestrelContractTests : HostContractTests
{
    protected override async Task<ContractHost> StartAsync(AsgiApp app) => new Host(await KestrelHost.StartAsync(app));

    private sealed class Host(KestrelHost host) : ContractHost
    {
        public override HttpClient Client => host.Client;

        public override async Task<ContractWebSocket> ConnectWebSocketAsync(string path, IEnumerable<string>? subprotocols = null)
        {
            var socket = new ClientWebSocket();
            socket.Options.CollectHttpResponseDetails = true;
            foreach (var protocol in subprotocols ?? []) socket.Options.AddSubProtocol(protocol);
            var uri = new UriBuilder(new Uri(host.Address, path)) { Scheme = "ws" }.Uri;
            try
            {
                await socket.ConnectAsync(uri, CancellationToken.None);
                return new Socket(socket);
            }
            catch (WebSocketException) when (socket.HttpStatusCode != HttpStatusCode.SwitchingProtocols && socket.HttpStatusCode != 0)
            {
                var status = (int)socket.HttpStatusCode;
                socket.Dispose();
                throw new WebSocketDeniedException(status, null);
            }
        }

        public override ValueTask DisposeAsync() => host.DisposeAsync();
    }

    private sealed class Socket(ClientWebSocket socket) : ContractWebSocket
    {
        public override string? Subprotocol => socket.SubProtocol;

        public override Task SendTextAsync(string text) =>
            socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

        public override Task SendBytesAsync(byte[] bytes) =>
            socket.SendAsync(bytes, WebSocketMessageType.Binary, true, CancellationToken.None);

        public override async Task<string> ReceiveTextAsync() => Encoding.UTF8.GetString(await ReceiveAsync(WebSocketMessageType.Text));

        public override Task<byte[]> ReceiveBytesAsync() => ReceiveAsync(WebSocketMessageType.Binary);

        public override async Task<(int Code, string Reason)> ReceiveCloseAsync()
        {
            var result = await socket.ReceiveAsync(new byte[1024], CancellationToken.None);
            Assert.Equal(WebSocketMessageType.Close, result.MessageType);
            return ((int)result.CloseStatus!, result.CloseStatusDescription ?? "");
        }

        public override Task CloseAsync(int code, string reason) =>
            socket.CloseAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);

        public override ValueTask DisposeAsync()
        {
            socket.Dispose();
            return default;
        }

        private async Task<byte[]> ReceiveAsync(WebSocketMessageType expected)
        {
            using var message = new MemoryStream();
            var buffer = new byte[4096];
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            Assert.Equal(expected, result.MessageType);
            return message.ToArray();
        }
    }
}
