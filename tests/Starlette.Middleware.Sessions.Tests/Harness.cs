using System.Collections;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Middleware.Sessions.Tests;

/// <summary>Upstream's test endpoints and a tiny path router standing in for Starlette's routes.</summary>
internal static class Harness
{
    public const string Secret = "example";

    /// <summary>The four endpoints of upstream's test_session.py, by path.</summary>
    public static AsgiApp Endpoints() => async (scope, receive, send) =>
    {
        var request = new Request(scope, receive, send);
        var path = scope.Path[scope.RootPath.Length..];
        Response response = (path, scope.Method) switch
        {
            ("/view_session", _) => SessionResponse(request),
            ("/update_session", "POST") => await UpdateSessionAsync(request),
            ("/clear_session", "POST") => ClearSession(request),
            ("/no_session", _) => new JsonResponse(new JsonObject { ["status"] = "ok" }),
            _ => new PlainTextResponse("Not Found", 404),
        };
        await response.ExecuteAsync(scope, receive, send);
    };

    /// <summary>The endpoints wrapped in the session middleware with <paramref name="configure"/>d options.</summary>
    public static AsgiApp App(Action<SessionOptions>? configure = null)
    {
        var options = new SessionOptions { SecretKey = Secret };
        configure?.Invoke(options);
        return SessionMiddleware.Wrap(Endpoints(), options);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<string> BodyAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    /// <summary>Every value of a header as the app sent it.</summary>
    public static IReadOnlyList<string> Headers(HttpResponseMessage response, string name) =>
        response.GetRawHeaders().Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();

    public static string? Header(HttpResponseMessage response, string name) => Headers(response, name).FirstOrDefault();

    /// <summary>The signed value of a <c>session=...;</c> Set-Cookie.</summary>
    public static string CookieValue(string setCookie) => setCookie[(setCookie.IndexOf('=', StringComparison.Ordinal) + 1)..setCookie.IndexOf(';', StringComparison.Ordinal)];

    /// <summary>A GET carrying exactly this Cookie header (the jar is bypassed).</summary>
    public static HttpRequestMessage GetWithCookie(string path, string cookieHeader)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("cookie", cookieHeader);
        return request;
    }

    /// <summary>Runs one request carrying <paramref name="cookie"/> through the middleware; <paramref name="handle"/> sees the session; returns the Set-Cookie sent, if any.</summary>
    public static async Task<string?> SetCookieAsync(string? cookie, Action<Session> handle, SessionOptions options)
    {
        string? setCookie = null;
        AsgiApp inner = async (scope, _, send) =>
        {
            handle(scope.GetSession()!);
            var start = new HttpResponseStartMessage(200);
            await send(start);
            setCookie = start.Headers.Where(h => h.Name == "set-cookie").Select(h => h.Value).SingleOrDefault();
            await send(HttpResponseBodyMessage.Empty);
        };
        var scope = new Scope(ScopeType.Http) { Headers = cookie is null ? [] : [new HttpHeader("cookie", "session=" + cookie)] };
        await SessionMiddleware.Wrap(inner, options)(scope, () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty), _ => ValueTask.CompletedTask);
        return setCookie;
    }

    /// <summary>The JSON a signed cookie value carries (its base64 payload, decoded).</summary>
    public static string PayloadJson(string cookieValue) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(cookieValue[..cookieValue.IndexOf('.', StringComparison.Ordinal)]));

    /// <summary>A clock stopped at <paramref name="unixSeconds"/>.</summary>
    public static FixedClock Clock(long unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    private static JsonResponse SessionResponse(Request request) =>
        new(new JsonObject { ["session"] = ToNode(request.Session) });

    private static async Task<Response> UpdateSessionAsync(Request request)
    {
        var data = await request.JsonAsync();
        ((Session)request.Session).Update(data.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, (object?)p.Value.Clone())));
        return SessionResponse(request);
    }

    private static JsonResponse ClearSession(Request request)
    {
        request.Session.Clear();
        return SessionResponse(request);
    }

    /// <summary>A session value as a JsonNode, for the test responses.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create(i),
        double d => JsonValue.Create(d),
        BigInteger big => JsonNode.Parse(big.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        JsonElement e => JsonNode.Parse(e.GetRawText()),
        JsonNode n => JsonNode.Parse(n.ToJsonString()),
        IEnumerable<KeyValuePair<string, object?>> entries => new JsonObject(entries.Select(e => KeyValuePair.Create(e.Key, ToNode(e.Value)))),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(ToNode).ToArray()),
        _ => throw new NotSupportedException(value.GetType().ToString()),
    };
}

/// <summary>A <see cref="TimeProvider"/> whose clock only moves when told.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
