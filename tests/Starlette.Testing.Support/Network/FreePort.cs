using System.Net;
using System.Net.Sockets;

namespace Starlette.Testing.Support.Network;

/// <summary>Free TCP ports on the loopback interface, for servers a test starts itself.</summary>
public static class FreePort
{
    /// <summary>A port nothing listens on right now (the OS picks it; a race with another process is possible but rare).</summary>
    /// <returns>The port number.</returns>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
