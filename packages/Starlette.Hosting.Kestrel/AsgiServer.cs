using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// Serves an app on Kestrel (our uvicorn): lifespan startup, then listening; on stop, a graceful drain of in-flight
/// requests within <see cref="AsgiServerOptions.ShutdownTimeout"/>, then lifespan shutdown.
/// </summary>
/// <example>
/// <code>
/// await AsgiServer.RunAsync(app, new AsgiServerOptions { Port = 8000 }); // until Ctrl+C or SIGTERM
/// </code>
/// </example>
public sealed partial class AsgiServer : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly IServer _server;
    private readonly AsgiHttpApplication _application;
    private readonly LifespanDriver? _lifespan;
    private readonly AsgiServerOptions _options;
    private readonly ILogger _logger;
    private bool _stopped;

    private AsgiServer(WebApplication web, IServer server, AsgiHttpApplication application, LifespanDriver? lifespan, AsgiServerOptions options, ILogger logger)
    {
        _web = web;
        _server = server;
        _application = application;
        _lifespan = lifespan;
        _options = options;
        _logger = logger;
        Addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)).ToArray() ?? [];
    }

    /// <summary>The addresses the server listens on, with the actual ports (when port 0 asked for a free one).</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>Runs lifespan startup, then starts listening.</summary>
    /// <param name="app">The app to serve.</param>
    /// <param name="options">How to serve it; default <see cref="AsgiServerOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="InvalidOperationException">Lifespan startup failed (with the app's message), or the app ignored lifespan with <see cref="LifespanMode.On"/>.</exception>
    /// <exception cref="IOException">An address could not be bound (in use, or not this machine's); lifespan shutdown has run.</exception>
    public static async Task<AsgiServer> StartAsync(AsgiApp app, AsgiServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        options ??= new AsgiServerOptions();
        var web = KestrelSetup.Build(options);
        var loggers = web.Services.GetRequiredService<ILoggerFactory>();
        var logger = loggers.CreateLogger("Starlette.Hosting.Kestrel");
        LifespanDriver? lifespan = null;
        try
        {
            var state = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (options.Lifespan != LifespanMode.Off)
            {
                Log.WaitingForStartup(logger);
                lifespan = new LifespanDriver();
                // Auto, as uvicorn's: an app that throws on the lifespan scope before answering does not support it.
                await lifespan.StartAsync(app, state, cancellationToken, throwingAppIsUnsupported: options.Lifespan == LifespanMode.Auto).ConfigureAwait(false);
                if (options.Lifespan == LifespanMode.On && !lifespan.IsSupported)
                    throw new InvalidOperationException("The app does not answer the lifespan protocol, and LifespanMode.On requires it.");
                if (lifespan.UnsupportedError is not null) Log.LifespanUnsupported(logger);
                else Log.StartupComplete(logger);
            }

            var application = new AsgiHttpApplication(app, options, loggers, lifespan?.IsSupported == true ? state : null);
            var server = web.Services.GetRequiredService<IServer>();
            await ListenAsync(server, application, lifespan, logger, cancellationToken).ConfigureAwait(false);
            var started = new AsgiServer(web, server, application, lifespan, options, logger);
            foreach (var address in started.Addresses) Log.Running(logger, address.ToString().TrimEnd('/'));
            return started;
        }
        catch (Exception exception)
        {
            if (exception is not (OperationCanceledException or IOException)) Log.StartupFailed(logger, exception.Message);
            await web.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Binding fails after lifespan startup ran (uvicorn's order): one clear line, then lifespan shutdown, then the error.
    private static async Task ListenAsync(IServer server, AsgiHttpApplication application, LifespanDriver? lifespan, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await server.StartAsync(application, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException error)
        {
            Log.ListenFailed(logger, error.Message);
            if (lifespan is not null)
            {
                Log.WaitingForShutdown(logger);
                await lifespan.ShutdownAsync(CancellationToken.None).ConfigureAwait(false);
                Log.ShutdownComplete(logger);
            }

            throw;
        }
    }

    /// <summary>
    /// Stops listening, lets in-flight requests finish within <see cref="AsgiServerOptions.ShutdownTimeout"/>
    /// (aborting those still running after it), then runs lifespan shutdown.
    /// </summary>
    /// <param name="cancellationToken">Ends the drain early.</param>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped) return;
        _stopped = true;
        Log.ShuttingDown(_logger);
        using (var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            drain.CancelAfter(_options.ShutdownTimeout);
            var stopping = _server.StopAsync(drain.Token); // stops listening at once, then drains
            if (_application.WebSockets.Count > 0) Log.ClosingWebSockets(_logger, _application.WebSockets.Count);
            await _application.WebSockets.CloseAllAsync().ConfigureAwait(false);
            await stopping.ConfigureAwait(false);
        }

        try
        {
            if (_lifespan is not null) await _lifespan.ShutdownAsync(CancellationToken.None).ConfigureAwait(false);
            Log.ShutdownComplete(_logger);
        }
        finally
        {
            await _web.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server gracefully (see <see cref="StopAsync"/>).</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}
