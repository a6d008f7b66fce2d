namespace Starlette.Types;

/// <summary>
/// An application: called once per connection (an HTTP request, a WebSocket session) or once for the
/// lifespan of the server, with the connection's <see cref="Scope"/> and the two message channels.
/// </summary>
/// <param name="scope">What the host knows about the connection. The app and its middleware may change it.</param>
/// <param name="receive">Waits for the next message from the client or the host.</param>
/// <param name="send">Sends a message to the client or the host.</param>
/// <returns>A task that completes when the app is done with the connection.</returns>
public delegate ValueTask AsgiApp(Scope scope, Receive receive, Send send);

/// <summary>Waits for the next incoming message (for example <see cref="HttpRequestBodyMessage"/>).</summary>
/// <returns>The message. Its buffers belong to the caller from then on.</returns>
public delegate ValueTask<AsgiMessage> Receive();

/// <summary>Sends an outgoing message (for example <see cref="HttpResponseStartMessage"/>).</summary>
/// <param name="message">
/// The message. The host may read its buffers until the returned task completes; after that the sender may reuse
/// them. Header lists handed to <c>send</c> belong to the receiver: middleware may change them in place.
/// </param>
/// <returns>A task that completes when the host has taken the message.</returns>
public delegate ValueTask Send(AsgiMessage message);
