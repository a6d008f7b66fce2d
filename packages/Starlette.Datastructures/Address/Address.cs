using System.Globalization;
using Starlette.Types;

namespace Starlette.Datastructures;

/// <summary>A network address as upstream's <c>Address</c> (a client's or a server's): a host and a port.</summary>
/// <param name="Host">The host: an IP address, a host name, or a Unix socket's path.</param>
/// <param name="Port">The port, or <see langword="null"/> when there is none (a Unix socket).</param>
public readonly record struct Address(string Host, int? Port)
{
    /// <summary>Creates an address from a contract endpoint, such as a scope's <c>Client</c>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public Address(HostPort endpoint)
        : this(endpoint.Host, endpoint.Port)
    {
    }

    /// <summary>Describes the address as upstream's <c>repr</c> does: <c>Address(host='127.0.0.1', port=8000)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"Address(host={PythonRepr.Quote(Host)}, port={(Port is int port ? port.ToString(CultureInfo.InvariantCulture) : "None")})";
}
