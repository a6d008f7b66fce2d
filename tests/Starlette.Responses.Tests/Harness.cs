using Starlette.Testing.Support.Asgi;
using Starlette.Types;

namespace Starlette.Responses.Tests;

internal static class Harness
{
    /// <summary>An app that builds a response per request and sends it.</summary>
    public static AsgiApp App(Func<Scope, Response> make) => (scope, receive, send) => make(scope).ExecuteAsync(scope, receive, send);

    /// <summary>Calls a response directly, recording what it sends (for scopes a test client cannot make).</summary>
    public static Task<List<AsgiMessage>> CallAsync(Response response, Scope scope, Receive? receive = null) =>
        Recorder.CallAsync(response.ExecuteAsync, scope, receive ?? (() => throw new InvalidOperationException("unexpected receive")));

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new KeyNotFoundException(name);

    public static bool HasHeader(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.Contains(name) || response.Content.Headers.NonValidated.Contains(name);
}
