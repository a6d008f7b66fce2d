using System.Net.WebSockets;
using System.Text;

namespace Starlette.Soak;

/// <summary>One WebSocket: send "n", expect "n" back, until the soak ends; then a normal close.</summary>
internal static class EchoLoop
{
    public static async Task RunAsync(Uri uri, Counters counters, CancellationToken stop)
    {
        using var socket = new ClientWebSocket();
        var buffer = new byte[64];
        long sent = 0, echoed = 0;
        try
        {
            await socket.ConnectAsync(uri, CancellationToken.None);
            Interlocked.Increment(ref counters.WsConnected);
            while (!stop.IsCancellationRequested)
            {
                var text = sent.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await socket.SendAsync(Encoding.ASCII.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
                sent++;
                // No cancellation on the receive: every message sent must come back, even at the end.
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                var result = await socket.ReceiveAsync(buffer, timeout.Token);
                echoed++;
                if (!result.EndOfMessage || Encoding.ASCII.GetString(buffer, 0, result.Count) != text) Interlocked.Increment(ref counters.WsMismatched);
            }

            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            Interlocked.Increment(ref counters.WsErrors);
            Console.Error.WriteLine($"ws error after {sent} sent: {exception.GetType().Name}: {exception.Message}");
        }
        finally
        {
            Interlocked.Add(ref counters.WsSent, sent);
            Interlocked.Add(ref counters.WsEchoed, echoed);
            Interlocked.Add(ref counters.WsLost, sent - echoed);
        }
    }
}
