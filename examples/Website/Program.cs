using Starlette;
using Starlette.Authentication;
using Starlette.Configuration;
using Starlette.Hosting.Kestrel;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.StaticFiles;
using Starlette.Templating;
using Website;

// A small website on the full stack, served by Kestrel:
//   /                  a Handlebars page (templates/index.html) that links the stylesheet through url_for("static")
//   /static/...        files from static/ (ETag, 304, Range), e.g. /static/style.css, /static/robots.txt
//   /admin             an HTTP Basic protected page (401 with a WWW-Authenticate challenge until you sign in)
// Settings come from website.env, overridden by the environment (WEBSITE_PORT=9000, WEBSITE_ADMIN_PASSWORD=...).
var root = AppContext.BaseDirectory;
var config = new Config(Path.Combine(root, "website.env"), envPrefix: "WEBSITE_");
var templates = new Templates(Path.Combine(root, "templates"));

ValueTask<Response> Home(Request request)
{
    var user = request.User;
    return ValueTask.FromResult<Response>(templates.TemplateResponse(request, "index.html", new Dictionary<string, object?>
    {
        ["title"] = "Starlette for .NET",
        ["signedIn"] = user.IsAuthenticated,
        ["userName"] = user.DisplayName,
        ["greeting"] = request.QueryParams.Get("greeting") ?? "<b>not bold</b>",
        ["pages"] = new[]
        {
            new Dictionary<string, object?> { ["name"] = "The stylesheet", ["href"] = request.UrlFor("static", new Dictionary<string, object?> { ["path"] = "/style.css" }).ToString() },
            new Dictionary<string, object?> { ["name"] = "The admin page (admin / change-me)", ["href"] = request.UrlFor("admin").ToString() },
        },
    }));
}

ValueTask<Response> Admin(Request request) =>
    ValueTask.FromResult<Response>(templates.TemplateResponse(request, "admin.html", new Dictionary<string, object?>
    {
        ["userName"] = request.User.DisplayName,
        ["scopes"] = request.Auth.Scopes,
    }));

// Requires answers a missing scope with HttpException(401); this handler adds the Basic challenge to it.
var handlers = new ExceptionHandlers();
handlers.Add(401, (request, error) => ValueTask.FromResult<Response>(new PlainTextResponse(
    "Sign in to see this page.", 401, new Dictionary<string, string> { ["WWW-Authenticate"] = "Basic realm=\"Website\", charset=\"UTF-8\"" })));

var app = new StarletteApp(
    debug: config.Get("DEBUG", false),
    routes:
    [
        new Route("/", Home, name: "home"),
        new Route("/admin", Requires.Scopes(Admin, "authenticated", statusCode: 401), name: "admin"),
        new Mount("/static", new StaticFiles(Path.Combine(root, "static")), name: "static"),
    ],
    middleware: [AuthenticationMiddleware.Create(new BasicAuthBackend(config.Get("ADMIN_USERNAME", "admin"), config.GetSecret("ADMIN_PASSWORD")))],
    exceptionHandlers: handlers);

var options = new AsgiServerOptions { Host = config.Get("HOST", "127.0.0.1"), Port = config.Get("PORT", 8001) };
Console.WriteLine($"Serving the website on http://{options.Host}:{options.Port} (Ctrl+C to stop)");
await AsgiServer.RunAsync(app, options);
