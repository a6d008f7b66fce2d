// The AOT comparison's Minimal APIs server: server C's endpoints on WebApplication.CreateSlimBuilder, with
// source-generated JSON (the shape of ASP.NET Core's "webapiaot" template), logging off. Usage: MinimalApiSlim [PORT]
using System.Globalization;
using System.Net;
using System.Text.Json.Serialization;

int port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 18186;

var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, SlimJson.Default));

var app = builder.Build();
app.MapGet("/plaintext", () => Results.Text("Hello, World!"));
app.MapGet("/json", () => Results.Json(new Message("Hello, World!"), SlimJson.Default.Message));
for (int i = 0; i < 20; i++)
{
    app.MapGet($"/dummy{i}/{{id:int}}", (int id) => Results.Text("dummy"));
}

app.MapGet("/users/{id:int}", (int id) => Results.Json(new User(id), SlimJson.Default.User));
app.Run();

internal sealed record Message(string message);

internal sealed record User(int id);

[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(User))]
internal sealed partial class SlimJson : JsonSerializerContext;
