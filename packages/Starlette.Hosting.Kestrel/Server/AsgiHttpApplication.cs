using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Abstractions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// Kestrel's entry point for an app: no HttpContext and no middleware pipeline, one <see cref="AsgiContext"/> per
/// request, reused across the requests of a connection.
/// </summary>
internal sealed class AsgiHttpApplication : IHttpApplication<AsgiContext>
{
    public AsgiHttpApplication(AsgiApp app, AsgiServerOptions options, ILoggerFactory loggers, IDictionary<string, object?>? state)
    {
        App = app;
        Options = options;
        State = state;
        Logger = loggers.CreateLogger("Starlette.Hosting.Kestrel");
        AccessLogger = loggers.CreateLogger("Starlette.Hosting.Kestrel.Access");
        Proxy = options.ProxyHeaders ? new ProxyHeaders(options.ForwardedAllowIps) : null;
    }

    public AsgiApp App { get; }

    public AsgiServerOptions Options { get; }

    /// <summary>The lifespan state, or <see langword="null"/> when the app does not use lifespan.</summary>
    public IDictionary<string, object?>? State { get; set; }

    /// <summary>Completes when the app may serve requests (the bridge starts lifespan after the host starts).</summary>
    public Task Ready { get; set; } = Task.CompletedTask;

    public ILogger Logger { get; }

    public ILogger AccessLogger { get; }

    public ProxyHeaders? Proxy { get; }

    /// <summary>The accepted WebSockets, closed with 1012 when the server stops.</summary>
    public OpenWebSockets WebSockets { get; } = new();

    public AsgiContext CreateContext(IFeatureCollection contextFeatures)
    {
        AsgiContext context;
        if (contextFeatures is IHostContextContainer<AsgiContext> container)
            context = container.HostContext ??= new AsgiContext(this);
        else
            context = new AsgiContext(this);
        context.Initialize(contextFeatures, Options.RootPath, Options.RootPath);
        return context;
    }

    public Task ProcessRequestAsync(AsgiContext context) => context.ProcessAsync();

    public void DisposeContext(AsgiContext context, Exception? exception) => context.Reset();
}
