using Microsoft.Extensions.Logging.Abstractions;
using Starlette.Hosting.Kestrel;
using Starlette.Routing;

namespace Starlette.GraphQL.Tests.Kestrel;

/// <summary>A GraphQLApp mounted at /graphql on a real Kestrel socket.</summary>
internal static class KestrelServer
{
    public static Task<AsgiServer> StartAsync(GraphQLApp graphql, params BaseRoute[] more)
    {
        var app = new StarletteApp(routes: [new Mount("/graphql", graphql), .. more]);
        return AsgiServer.StartAsync(app.ToApp(), new AsgiServerOptions
        {
            Port = 0,
            AccessLog = false,
            LoggerFactory = NullLoggerFactory.Instance,
            Lifespan = LifespanMode.Off,
        });
    }
}
