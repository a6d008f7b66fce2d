using Starlette.Types;

namespace Starlette.Requests;

/// <summary>
/// An incoming HTTP request (upstream's <c>Request</c>): the connection's data plus the body, read at most once
/// from <c>receive</c> as a stream, and cached when read whole (<see cref="BodyAsync"/>, <see cref="JsonAsync(CancellationToken)"/>,
/// <see cref="FormAsync"/>) so that later reads replay it.
/// </summary>
public partial class Request : HttpConnection
{
    private static readonly Receive NoReceive = () => throw new InvalidOperationException("Receive channel has not been made available");
    private static readonly Send NoSend = _ => throw new InvalidOperationException("Send channel has not been made available");

    private readonly Send _send;
    private bool _streamConsumed;
    private bool _isDisconnected;

    // The body, its parsed forms, a message read ahead and the size limit, in one object made on first use: a request
    // whose endpoint never reads its body (most GETs) is 64 bytes smaller for it.
    private ReadState? _read;

    /// <summary>Wraps an HTTP scope and its channels.</summary>
    /// <param name="scope">The scope; it must be an HTTP scope.</param>
    /// <param name="receive">The receive channel; without it, reading the body throws.</param>
    /// <param name="send">The send channel; without it, <see cref="SendPushPromiseAsync"/> throws.</param>
    /// <exception cref="ArgumentException">The scope is not an HTTP scope.</exception>
    public Request(Scope scope, Receive? receive = null, Send? send = null)
        : base(scope)
    {
        if (scope.Type != ScopeType.Http)
            throw new ArgumentException($"A Request needs an 'http' scope, not '{scope.TypeName}'.", nameof(scope));
        Receive = receive ?? NoReceive;
        _send = send ?? NoSend;
    }

    /// <summary>The request method, such as <c>GET</c>.</summary>
    public string Method => Scope.Method;

    /// <summary>The receive channel the body is read from.</summary>
    public Receive Receive { get; }

    /// <summary>
    /// The largest body this request accepts, in bytes; <see langword="null"/> (the default) for no limit. A larger
    /// declared <c>content-length</c>, or more bytes received, throws <see cref="HttpException"/> 413 and reading stops.
    /// For a request read outside an application: inside one, the <c>maxBodySize</c> of the application, router,
    /// mount or route (its <c>RequestBodyLimitMiddleware</c>) counts the bytes once, on <c>receive</c>, and this
    /// stays <see langword="null"/>.
    /// </summary>
    public long? MaxBodySize
    {
        get => _read?.MaxBodySize;
        set
        {
            if (value is not null || _read is not null) Read.MaxBodySize = value;
        }
    }

    /// <summary>
    /// Whether the client has gone away, without waiting: a message that is not already there is left for the body
    /// reader rather than lost.
    /// </summary>
    /// <returns><see langword="true"/> once an <c>http.disconnect</c> was received.</returns>
    public ValueTask<bool> IsDisconnectedAsync()
    {
        if (_isDisconnected) return new ValueTask<bool>(true);
        var pending = Read.Pending ??= Receive().AsTask();
        if (pending.IsCompletedSuccessfully && pending.Result is HttpDisconnectMessage) _isDisconnected = true;
        return new ValueTask<bool>(_isDisconnected);
    }

    /// <summary>
    /// Asks the host to push a resource to the client (HTTP/2 server push), copying the request's cache-relevant
    /// headers, when the host offers <c>http.response.push</c>; otherwise does nothing.
    /// </summary>
    /// <param name="path">The path of the resource.</param>
    /// <returns>A task that completes when the message is sent.</returns>
    public ValueTask SendPushPromiseAsync(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Scope.HasExtension(ExtensionNames.ServerPush)) return ValueTask.CompletedTask;
        var headers = new List<HttpHeader>();
        foreach (var name in PushHeaders)
        {
            foreach (var value in Headers.GetList(name)) headers.Add(new HttpHeader(name, value));
        }

        return _send(new HttpResponsePushMessage(path, headers));
    }

    private static readonly string[] PushHeaders = ["accept", "accept-encoding", "accept-language", "cache-control", "user-agent"];

    private async ValueTask<AsgiMessage> NextMessageAsync(CancellationToken cancellationToken)
    {
        if (_read?.Pending is { } pending)
        {
            _read.Pending = null;
            return await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var next = Receive();
        return next.IsCompleted ? next.Result : await next.AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private ReadState Read => _read ??= new ReadState();

    private sealed class ReadState
    {
        public byte[]? Body;
        public Task<AsgiMessage>? Pending;
        public System.Text.Json.JsonElement? Json;
        public Datastructures.FormData? Form;
        public long? MaxBodySize;
    }
}
