using System.Text;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Testing.Support.Asgi;
using Starlette.Types;

namespace Starlette.StaticFiles.Tests;

/// <summary>A temporary directory (upstream's <c>tmpdir</c>), deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Path = Directory.CreateTempSubdirectory("starlette-static-tests-").FullName;

    public string Path { get; }

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string relative, string content)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Creates a folder and returns its full path.</summary>
    public string Folder(string relative) => Directory.CreateDirectory(Combine(relative)).FullName;

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test's symlinks or permissions may get in the way; the temp folder is the system's to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

internal static class Harness
{
    /// <summary>Upstream's <c>Starlette(routes=[Mount(path, app=StaticFiles(...), name="static")])</c>.</summary>
    public static StarletteApp Mounted(StaticFiles files, string path = "/", IEnumerable<MiddlewareDescriptor>? middleware = null) =>
        new(routes: [new Mount(path, app: files, name: "static")], middleware: middleware);

    public static TestClient Client(AsgiApp app, bool raiseServerExceptions = true) =>
        new(app, new TestClientOptions { RaiseServerExceptions = raiseServerExceptions });

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return client.SendAsync(request);
    }

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new KeyNotFoundException(name);

    public static bool HasHeader(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.Contains(name) || response.Content.Headers.NonValidated.Contains(name);

    public static string Url(HttpResponseMessage response) => response.RequestMessage!.RequestUri!.ToString();

    /// <summary>A GET scope for a path exactly as given (what a server puts in <c>scope["path"]</c>), which no HTTP client can send.</summary>
    public static Scope RequestScope(string path, string method = "GET", bool pathSend = false) => new(ScopeType.Http)
    {
        Method = method,
        Path = path,
        Headers = [new HttpHeader("host", "testserver")],
        Server = new HostPort("testserver", 80),
        Extensions = pathSend ? new Dictionary<string, object?> { [ExtensionNames.PathSend] = null } : null,
    };

    /// <summary>Runs an app on a scope and records the response: status, headers, body, and the path of any pathsend.</summary>
    public static async Task<Sent> CallAsync(AsgiApp app, Scope scope)
    {
        var messages = await Recorder.CallAsync(app, scope);
        var sent = new Sent { PathSent = messages.OfType<HttpResponsePathSendMessage>().SingleOrDefault()?.Path };
        if (messages.OfType<HttpResponseStartMessage>().SingleOrDefault() is { } start)
        {
            sent.Status = start.Status;
            sent.Headers = [.. start.Headers];
        }

        sent.Body.Append(Recorder.Text(messages));
        return sent;
    }

    public sealed class Sent
    {
        public int Status { get; set; }

        public List<HttpHeader> Headers { get; set; } = [];

        public StringBuilder Body { get; } = new();

        public string? PathSent { get; set; }

        public string? Header(string name) => Headers.FirstOrDefault(h => h.Name == name).Value;
    }
}
