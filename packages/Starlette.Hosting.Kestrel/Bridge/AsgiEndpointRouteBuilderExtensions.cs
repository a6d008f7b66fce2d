using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

/// <summary>Mounts a contract app inside an ASP.NET Core app, through the same adapter the server uses.</summary>
public static class AsgiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <paramref name="app"/> under <paramref name="prefix"/> (e.g. <c>app.MapAsgi("/legacy", asgiApp)</c>):
    /// its scopes get <c>root_path</c> = the prefix and the full path. Its lifespan starts when the host has
    /// started (requests wait for it) and shuts down when the host stops.
    /// </summary>
    /// <param name="endpoints">The ASP.NET Core endpoint builder.</param>
    /// <param name="prefix">The path prefix, such as <c>/legacy</c>.</param>
    /// <param name="app">The contract app.</param>
    /// <param name="options">Adapter options (access log, proxy headers, lifespan mode); listening options are ignored.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapAsgi(this IEndpointRouteBuilder endpoints, string prefix, AsgiApp app, AsgiServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(app);
        prefix = "/" + prefix.Trim('/');
        options ??= new AsgiServerOptions { ProxyHeaders = false };
        var services = endpoints.ServiceProvider;
        var application = new AsgiHttpApplication(app, options, services.GetRequiredService<ILoggerFactory>(), state: null);
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        if (options.Lifespan != LifespanMode.Off) StartLifespan(application, lifetime);
        lifetime.ApplicationStopping.Register(() => _ = application.WebSockets.CloseAllAsync()); // 1012 at once, as AsgiServer does

        RequestDelegate handler = context =>
        {
            var asgi = new AsgiContext(application);
            asgi.Initialize(context.Features, pathPrefix: "", rootPath: context.Request.PathBase + prefix);
            return asgi.ProcessAsync();
        };
        endpoints.Map(prefix, handler);
        return endpoints.Map(prefix.TrimEnd('/') + "/{**asgiPath}", handler);
    }

    private static void StartLifespan(AsgiHttpApplication application, IHostApplicationLifetime lifetime)
    {
        var lifespan = new LifespanDriver();
        var state = new Dictionary<string, object?>(StringComparer.Ordinal);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        application.Ready = ready.Task;
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                await lifespan.StartAsync(application.App, state, lifetime.ApplicationStopping).ConfigureAwait(false);
                application.State = lifespan.IsSupported ? state : null;
                ready.TrySetResult();
            }
            catch (Exception exception)
            {
                ready.TrySetException(exception);
            }
        }));
        lifetime.ApplicationStopping.Register(() => lifespan.ShutdownAsync(CancellationToken.None).GetAwaiter().GetResult());
    }
}
