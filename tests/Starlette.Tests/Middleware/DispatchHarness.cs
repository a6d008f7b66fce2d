using System.Text;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Tests.Middleware;

/// <summary>Shared helpers of the <see cref="BaseHttpMiddleware"/> tests.</summary>
internal static class DispatchHarness
{
    /// <summary>The request's body chunks as text.</summary>
    public static async Task<List<string>> ChunksOf(Request request)
    {
        var chunks = new List<string>();
        await foreach (var chunk in request.StreamAsync()) chunks.Add(Encoding.UTF8.GetString(chunk.Span));
        return chunks;
    }

    /// <summary>POSTs <c>a</c> to <paramref name="homepage"/> through a dispatch middleware; returns the status.</summary>
    public static async Task<int> PostAsync(Func<Request, Task<Response>> homepage, Func<Request, Func<Request, ValueTask<Response>>, ValueTask<Response>> dispatch)
    {
        var app = new StarletteApp(
            routes: [new Route("/", homepage, methods: ["POST"])],
            middleware: [BaseHttpMiddleware.Create(dispatch)]);
        using var client = new TestClient(app);
        var response = await client.PostAsync("/", new ByteArrayContent("a"u8.ToArray()));
        return (int)response.StatusCode;
    }

    /// <summary>A receive that hands out <paramref name="messages"/> and fails if asked for more.</summary>
    public static Receive Sequence(params AsgiMessage[] messages)
    {
        var queue = new Queue<AsgiMessage>(messages);
        return () => queue.Count > 0 ? ValueTask.FromResult(queue.Dequeue()) : throw new InvalidOperationException("Should not be called, would hang");
    }
}
