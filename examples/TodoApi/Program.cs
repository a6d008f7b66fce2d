using Microsoft.Extensions.DependencyInjection;
using Starlette;
using Starlette.Hosting.Kestrel;
using TodoApi;

// The Todo API on Kestrel: http://127.0.0.1:8000/docs for Swagger UI, /openapi.json (or .yaml) for the document.
var services = new ServiceCollection().AddSingleton<TodoStore>().BuildServiceProvider();
var app = new StarletteApp(routes: TodoEndpoints.Create(services).Routes);
await AsgiServer.RunAsync(app.ToApp(), new AsgiServerOptions { Host = "127.0.0.1", Port = 8000 });
