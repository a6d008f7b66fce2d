using GraphQLExample;
using Starlette;
using Starlette.GraphQL;
using Starlette.Hosting.Kestrel;
using Starlette.Routing;

// GraphQL at /graphql: GraphiQL in a browser, POST/GET for queries and mutations, graphql-transport-ws for
// subscriptions on the same path.
//   curl -X POST http://127.0.0.1:8000/graphql -H 'content-type: application/json' -d '{"query":"mutation { post(text: \"hi\") }"}'
//   curl 'http://127.0.0.1:8000/graphql?query=%7Bmessages%7D'
var app = new StarletteApp(routes:
[
    new Mount("/graphql", new GraphQLApp(new ChatSchema(new ChatRoom()))),
]);

var options = new AsgiServerOptions { Host = "127.0.0.1", Port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 8000 };
Console.WriteLine($"GraphQL on http://{options.Host}:{options.Port}/graphql (Ctrl+C to stop)");
await AsgiServer.RunAsync(app.ToApp(), options);
