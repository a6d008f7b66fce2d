using System.Diagnostics;
using System.Globalization;
using Starlette.Testing.Support.Network;

namespace Starlette.Testing.Support.External;

/// <summary>
/// A throwaway <c>redis-server</c> (Debian package <c>redis-server</c>) on a free loopback port, no persistence, in
/// a temporary directory; stopped by PID. <see cref="KillAsync"/> and <see cref="StartAgainAsync"/> simulate a crash
/// and a restart on the same port. Skips the test when the binary is missing (fails under CI=true).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _executable;
    private readonly string _directory;
    private Process? _process;

    private RedisServer(string executable, string directory, int port)
    {
        _executable = executable;
        _directory = directory;
        Port = port;
    }

    /// <summary>The port it listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>Its URL: <c>redis://127.0.0.1:port</c>.</summary>
    public string Url => $"redis://127.0.0.1:{Port}";

    /// <summary>The server's process id while it runs.</summary>
    public int? ProcessId => _process is { HasExited: false } running ? running.Id : null;

    /// <summary>Starts a server.</summary>
    public static async Task<RedisServer> StartAsync()
    {
        var executable = RequiredTool.Find("redis-server", "redis-server");
        var directory = Directory.CreateTempSubdirectory("starlette-redis-").FullName;
        var server = new RedisServer(executable, directory, FreePort.Next());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port; its data is gone (no persistence).</summary>
    public async Task StartAgainAsync()
    {
        if (ProcessId is not null) throw new InvalidOperationException("The Redis server is already running.");
        _process?.Dispose();
        _process = ServerProcess.Start(_executable,
        [
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", _directory, "--daemonize", "no", "--protected-mode", "no",
        ]);
        await ServerProcess.WaitForPortAsync(_process, Port, TimeSpan.FromSeconds(15));
    }

    /// <summary>Kills the server (SIGKILL), as a crash would.</summary>
    public async Task KillAsync()
    {
        if (_process is not null) await ServerProcess.StopAsync(_process, ServerProcess.SigKill, TimeSpan.FromSeconds(10));
    }

    /// <summary>Stops the server and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await ServerProcess.StopAsync(_process, ServerProcess.SigTerm, TimeSpan.FromSeconds(5));
            _process.Dispose();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
