using System.Net.Sockets;
using System.Text;

namespace Starlette.Reliability.Tests;

/// <summary>A loopback TCP client that writes raw HTTP and reads what comes back, for what HttpClient hides:
/// a connection closed mid-response, a missing chunked end, a client that leaves mid-upload.</summary>
internal sealed class RawConnection : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    private readonly MemoryStream _received = new();

    public static async Task<RawConnection> OpenAsync(Uri address)
    {
        var connection = new RawConnection();
        await connection._socket.ConnectAsync("127.0.0.1", address.Port).WaitAsync(Timeouts.Generous);
        return connection;
    }

    public string Received => Encoding.Latin1.GetString(_received.GetBuffer(), 0, (int)_received.Length);

    public async Task SendAsync(string text) => await SendAsync(Encoding.Latin1.GetBytes(text));

    public async Task SendAsync(ReadOnlyMemory<byte> bytes) => await _socket.SendAsync(bytes).AsTask().WaitAsync(Timeouts.Generous);

    /// <summary>Reads until <paramref name="done"/> holds for what was received, or the server closes.</summary>
    public async Task<string> ReadUntilAsync(Func<string, bool> done)
    {
        var buffer = new byte[16 * 1024];
        while (!done(Received))
        {
            var read = await _socket.ReceiveAsync(buffer.AsMemory()).AsTask().WaitAsync(Timeouts.Generous);
            if (read == 0) break;
            _received.Write(buffer, 0, read);
        }

        return Received;
    }

    /// <summary>Reads until the server closes the connection (or resets it).</summary>
    public async Task<string> ReadToEndAsync()
    {
        try
        {
            await ReadUntilAsync(_ => false);
        }
        catch (SocketException)
        {
        }

        return Received;
    }

    /// <summary>Goes away as a closed browser tab does.</summary>
    public void Dispose() => _socket.Dispose();
}
