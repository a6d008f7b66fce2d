using System.Diagnostics;
using System.Net.Sockets;

namespace Starlette.Testing.Support.External;

/// <summary>
/// Starts an external server process (output discarded), waits until it is ready, and stops it by PID: a signal,
/// then SIGKILL if it has not exited in time. As root, <see cref="Start"/> can run the process as an unprivileged
/// user through <c>setpriv</c> (which execs, so the PID is the server's own).
/// </summary>
public static class ServerProcess
{
    /// <summary>SIGKILL.</summary>
    public const int SigKill = 9;

    /// <summary>SIGTERM.</summary>
    public const int SigTerm = 15;

    /// <summary>SIGINT (PostgreSQL: fast shutdown).</summary>
    public const int SigInt = 2;

    /// <summary>Whether the tests run as root.</summary>
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Starts <paramref name="file"/> with <paramref name="arguments"/>, as <paramref name="user"/> when given and running as root.</summary>
    public static Process Start(string file, IEnumerable<string> arguments, string? user = null)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (user is not null && IsRoot)
        {
            info.FileName = "setpriv";
            foreach (var item in new[] { $"--reuid={user}", $"--regid={user}", "--init-groups", "--", file }) info.ArgumentList.Add(item);
        }
        else
        {
            info.FileName = file;
        }

        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a command to its end; throws with its output when it fails.</summary>
    public static async Task RunAsync(string file, IEnumerable<string> arguments, string? user = null)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (user is not null && IsRoot)
        {
            info.FileName = "setpriv";
            foreach (var item in new[] { $"--reuid={user}", $"--regid={user}", "--init-groups", "--", file }) info.ArgumentList.Add(item);
        }
        else
        {
            info.FileName = file;
        }

        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}: {await output}{await error}");
    }

    /// <summary>Sends <paramref name="signal"/> to the process and waits for it to exit; SIGKILL after <paramref name="grace"/>.</summary>
    public static async Task StopAsync(Process process, int signal, TimeSpan grace)
    {
        if (process.HasExited) return;
        await RunAsync("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Waits until something accepts TCP connections on the loopback port; throws after <paramref name="timeout"/> or when the process exits.</summary>
    public static async Task WaitForPortAsync(Process process, int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The server process exited with {process.ExitCode} before listening on port {port}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(25);
            }
        }
    }
}
