using System.Text;
using Starlette.Types;

namespace Starlette.Testing.Support.Asgi;

/// <summary>
/// Calls an app on a hand-made scope (one no HTTP client can make) and records what it sends, keeping a copy of
/// every body: a body's buffer belongs to the sender again once <c>send</c> completes, as any receiver must assume.
/// </summary>
public static class Recorder
{
    /// <summary>Runs <paramref name="app"/> on <paramref name="scope"/> and returns the messages it sent, in order.</summary>
    /// <param name="app">The app (or a response's <c>ExecuteAsync</c>).</param>
    /// <param name="scope">The scope.</param>
    /// <param name="receive">What the app receives; an empty, final request body when null.</param>
    /// <returns>The sent messages, bodies copied.</returns>
    public static async Task<List<AsgiMessage>> CallAsync(AsgiApp app, Scope scope, Receive? receive = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var sent = new List<AsgiMessage>();
        await app(scope, receive ?? EmptyBody, Into(sent)).ConfigureAwait(false);
        return sent;
    }

    /// <summary>Runs <paramref name="app"/> and returns the very message instances it sent (no copies: for identity checks).</summary>
    /// <param name="app">The app.</param>
    /// <param name="scope">The scope.</param>
    /// <param name="receive">What the app receives; an empty, final request body when null.</param>
    /// <returns>The sent messages, as sent.</returns>
    public static async Task<List<AsgiMessage>> CallKeepingInstancesAsync(AsgiApp app, Scope scope, Receive? receive = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var sent = new List<AsgiMessage>();
        await app(scope, receive ?? EmptyBody, Into(sent, copyBodies: false)).ConfigureAwait(false);
        return sent;
    }

    /// <summary>A <see cref="Send"/> that appends to <paramref name="sent"/> (thread-safe).</summary>
    /// <param name="sent">The list to append to.</param>
    /// <param name="copyBodies">Whether to keep a copy of each body rather than the sender's message.</param>
    /// <returns>The send callback.</returns>
    public static Send Into(List<AsgiMessage> sent, bool copyBodies = true) => message =>
    {
        var kept = copyBodies && message is HttpResponseBodyMessage body ? new HttpResponseBodyMessage(body.Body.ToArray(), body.MoreBody) : message;
        lock (sent) sent.Add(kept);
        return ValueTask.CompletedTask;
    };

    /// <summary>A <see cref="Receive"/> that always returns an empty, final request body.</summary>
    public static Receive EmptyBody { get; } = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);

    /// <summary>The response start among <paramref name="sent"/> (exactly one).</summary>
    /// <param name="sent">Recorded messages.</param>
    /// <returns>The start message.</returns>
    public static HttpResponseStartMessage Start(IEnumerable<AsgiMessage> sent) => sent.OfType<HttpResponseStartMessage>().Single();

    /// <summary>The concatenated bodies among <paramref name="sent"/>.</summary>
    /// <param name="sent">Recorded messages.</param>
    /// <returns>The body bytes.</returns>
    public static byte[] Body(IEnumerable<AsgiMessage> sent) =>
        sent.OfType<HttpResponseBodyMessage>().SelectMany(m => m.Body.ToArray()).ToArray();

    /// <summary>The concatenated bodies among <paramref name="sent"/>, as UTF-8 text.</summary>
    /// <param name="sent">Recorded messages.</param>
    /// <returns>The body text.</returns>
    public static string Text(IEnumerable<AsgiMessage> sent) => Encoding.UTF8.GetString(Body(sent));

    /// <summary>Status, headers as (name, value) pairs in order, and body text of a recorded response.</summary>
    /// <param name="sent">Recorded messages.</param>
    /// <returns>The response.</returns>
    public static (int Status, (string Name, string Value)[] Headers, string Body) Response(IEnumerable<AsgiMessage> sent)
    {
        var messages = sent.ToList();
        var start = Start(messages);
        return (start.Status, start.Headers.Select(h => (h.Name, h.Value)).ToArray(), Text(messages));
    }
}
