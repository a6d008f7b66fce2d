namespace Starlette.Types;

/// <summary>A network endpoint as ASGI gives it for <c>client</c> and <c>server</c>: a host and a port.</summary>
/// <param name="Host">The host: an IP address, a host name, or the path of a Unix socket.</param>
/// <param name="Port">The port, or <see langword="null"/> for a Unix socket.</param>
public readonly record struct HostPort(string Host, int? Port)
{
    /// <summary>Formats the endpoint as <c>host:port</c> (or just the host when there is no port).</summary>
    /// <returns>The formatted endpoint.</returns>
    public override string ToString() => Port is int port ? $"{Host}:{port}" : Host;
}
