using System.Runtime.InteropServices;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

// Running a server as a program's main loop: until a signal, with an exit code.
public sealed partial class AsgiServer
{
    /// <summary>
    /// Starts the server and runs it until SIGINT (Ctrl+C), SIGTERM or <paramref name="cancellationToken"/>, then
    /// stops it gracefully. A server that cannot start (an address in use, lifespan startup failed) logs one error
    /// line and returns 1, also set as <see cref="Environment.ExitCode"/>, so a program ending with
    /// <c>await AsgiServer.RunAsync(...)</c> exits with 1, as uvicorn does.
    /// </summary>
    /// <param name="app">The app to serve.</param>
    /// <param name="options">How to serve it.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>The process exit code: 0 after a graceful stop, 1 when the server could not start.</returns>
    public static async Task<int> RunAsync(AsgiApp app, AsgiServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });
        await using var registration = cancellationToken.Register(() => stop.TrySetResult()).ConfigureAwait(false);
        AsgiServer server;
        try
        {
            server = await StartAsync(app, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Environment.ExitCode = 1; // StartAsync logged why

            return 1;
        }

        await using (server.ConfigureAwait(false))
        {
            await stop.Task.ConfigureAwait(false);
            await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }
}
