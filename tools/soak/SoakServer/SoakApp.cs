using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.WebSockets;

namespace Starlette.Soak;

/// <summary>
/// The soak run's app: <c>/plaintext</c> and <c>/json</c> as the benchmark's, <c>/sse</c> an endless event stream
/// (one numbered event every 50 ms until the client leaves), <c>/ws</c> a WebSocket that echoes every text message.
/// </summary>
public static class SoakApp
{
    /// <summary>Builds the app.</summary>
    /// <returns>The app.</returns>
    public static StarletteApp Create() => new(routes:
    [
        new Route("/plaintext", _ => ValueTask.FromResult<Response>(new PlainTextResponse("Hello, World!"))),
        new Route("/json", _ => ValueTask.FromResult<Response>(new JsonResponse(new Greeting("Hello, World!"), SoakJson.Default.Greeting))),
        new Route("/sse", _ => ValueTask.FromResult<Response>(new EventSourceResponse(Numbers()))),
        new WebSocketRoute("/ws", Echo),
    ]);

    private static async IAsyncEnumerable<string> Numbers([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0L; !cancellationToken.IsCancellationRequested; i++)
        {
            yield return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask Echo(WebSocket webSocket)
    {
        await webSocket.AcceptAsync().ConfigureAwait(false);
        await foreach (var text in webSocket.IterTextAsync().ConfigureAwait(false)) await webSocket.SendTextAsync(text).ConfigureAwait(false);
    }
}

/// <summary>The body of <c>/json</c>.</summary>
/// <param name="Message">The message.</param>
public sealed record Greeting(string Message);

/// <summary>Source-generated JSON metadata.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Greeting))]
public sealed partial class SoakJson : JsonSerializerContext;
