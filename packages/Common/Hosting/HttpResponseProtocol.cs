using Starlette.Types;

namespace Starlette.Hosting;

/// <summary>
/// The order an app must send HTTP response messages in: one start, then body chunks until one has
/// <c>MoreBody = false</c> (or one pathsend), then trailers if the start announced them. A host calls
/// <see cref="Validate"/> for every sent message; a message out of order throws <see cref="InvalidOperationException"/>.
/// </summary>
internal struct HttpResponseProtocol
{
    private State _state;
    private bool _trailers;

    private enum State { NotStarted, Started, AwaitingTrailers, Complete }

    /// <summary>Whether the start message was sent.</summary>
    public readonly bool HasStarted => _state != State.NotStarted;

    /// <summary>Whether the response is complete: its last body chunk (and trailers) were sent.</summary>
    public readonly bool IsComplete => _state == State.Complete;

    /// <summary>Checks that <paramref name="message"/> may be sent now and moves to the next state.</summary>
    public void Validate(AsgiMessage message, Scope scope)
    {
        switch (message)
        {
            case HttpResponseStartMessage start:
                if (_state != State.NotStarted)
                    throw Error("Received 'http.response.start' after the response had started: an app sends exactly one start message.");
                _state = State.Started;
                _trailers = start.Trailers;
                break;
            case HttpResponseBodyMessage body:
                RequireStarted(message.Type);
                if (!body.MoreBody) _state = _trailers ? State.AwaitingTrailers : State.Complete;
                break;
            case HttpResponsePathSendMessage:
                if (!scope.HasExtension(ExtensionNames.PathSend))
                    throw Error("Received 'http.response.pathsend', but this host does not advertise the 'http.response.pathsend' extension.");
                RequireStarted(message.Type);
                _state = _trailers ? State.AwaitingTrailers : State.Complete;
                break;
            case HttpResponseTrailersMessage trailers:
                if (_state != State.AwaitingTrailers)
                    throw Error(_trailers || _state != State.Started
                        ? "Received 'http.response.trailers' before the last body chunk, or after the response completed."
                        : "Received 'http.response.trailers', but 'http.response.start' did not set Trailers = true.");
                if (!trailers.MoreTrailers) _state = State.Complete;
                break;
            case HttpResponseDebugMessage or HttpResponsePushMessage:
                break;
            default:
                throw Error($"Received '{message.Type}' on an HTTP connection: only http.response.* messages can be sent there.");
        }
    }

    private readonly void RequireStarted(string type)
    {
        if (_state == State.NotStarted)
            throw Error($"Received '{type}' before 'http.response.start': send the status and headers first.");
        if (_state != State.Started)
            throw Error($"Received '{type}' after the response body completed (a body chunk with MoreBody = false ends it).");
    }

    private static InvalidOperationException Error(string message) => new(message);
}
