using System.Diagnostics;
using System.Globalization;
using Starlette.Testing.Support.Network;

namespace Starlette.Testing.Support.External;

/// <summary>
/// A throwaway PostgreSQL server (Debian package <c>postgresql</c>; binaries in <c>/usr/lib/postgresql/N/bin</c>)
/// initialized in a temporary directory, listening on a free loopback port with trust authentication for user
/// <c>postgres</c>, no Unix socket, no fsync; stopped by PID (SIGINT, PostgreSQL's fast shutdown). As root it runs
/// as the <c>postgres</c> user (PostgreSQL refuses root) through <c>setpriv</c>. Skips the test when the binaries
/// are missing (fails under CI=true).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _directory;
    private readonly string? _user;
    private Process? _process;

    private PostgresServer(string bin, string directory, string? user, int port)
    {
        _bin = bin;
        _directory = directory;
        _user = user;
        Port = port;
    }

    /// <summary>The port it listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>An Npgsql connection string for the <c>postgres</c> database.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    /// <summary>The postmaster's process id while it runs.</summary>
    public int? ProcessId => _process is { HasExited: false } running ? running.Id : null;

    private string DataDirectory => Path.Combine(_directory, "data");

    /// <summary>Initializes a cluster and starts the server.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var initdb = FindInitDb();
        var bin = Path.GetDirectoryName(initdb)!;
        var user = ServerProcess.IsRoot ? "postgres" : null;
        var directory = Directory.CreateTempSubdirectory("starlette-pg-").FullName;
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        var server = new PostgresServer(bin, directory, user, FreePort.Next());
        await ServerProcess.RunAsync(initdb, ["-D", server.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"], user);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port and data directory.</summary>
    public async Task StartAgainAsync()
    {
        if (ProcessId is not null) throw new InvalidOperationException("The PostgreSQL server is already running.");
        _process?.Dispose();
        _process = ServerProcess.Start(Path.Combine(_bin, "postgres"),
        [
            "-D", DataDirectory, "-p", Port.ToString(CultureInfo.InvariantCulture), "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=60", "-c", "shared_buffers=16MB",
        ], _user);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        await ServerProcess.WaitForPortAsync(_process, Port, TimeSpan.FromSeconds(30));
        var isReady = Path.Combine(_bin, "pg_isready");
        while (true)
        {
            try
            {
                await ServerProcess.RunAsync(isReady, ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres"]);
                return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Stops the server (fast shutdown: sessions are cut), keeping its data for <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is not null) await ServerProcess.StopAsync(_process, ServerProcess.SigInt, TimeSpan.FromSeconds(15));
    }

    /// <summary>Stops the server and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A leftover temp directory is harmless.
        }
    }

    // Debian keeps the server binaries off PATH, one directory per major version: take the newest.
    private static string FindInitDb()
    {
        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var newest = Directory.GetDirectories(root)
                .Select(dir => Path.Combine(dir, "bin", "initdb"))
                .Where(File.Exists)
                .OrderByDescending(path => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var major) ? major : 0)
                .FirstOrDefault();
            if (newest is not null) return newest;
        }

        return RequiredTool.Find("initdb", "postgresql");
    }
}
