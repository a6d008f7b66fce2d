using System.IO.Pipelines;
using System.Net;
using Starlette.Hosting;
using Starlette.Types;

namespace Starlette.Testing;

/// <summary>
/// One request run through the app: the request body streams in through <c>receive</c>, the response is handed
/// back as soon as <c>http.response.start</c> arrives, and its body streams out through a pipe that ends when
/// the app returns (so background work and late exceptions finish before a buffered read completes).
/// </summary>
internal sealed class HttpExchange
{
    private const int ChunkSize = 64 * 1024;

    private readonly HttpRequestMessage _request;
    private readonly Scope _scope;
    private readonly bool _raiseServerExceptions;
    private readonly Pipe _body = new(new PipeOptions(useSynchronizationContext: false));
    private readonly TaskCompletionSource<HttpResponseMessage> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _responseComplete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _aborted = new();
    private HttpResponseProtocol _protocol;
    private HttpResponseMessage? _response;
    private Stream? _requestBody;
    private long? _remaining;
    private bool _requestComplete;

    public HttpExchange(HttpRequestMessage request, Scope scope, bool raiseServerExceptions)
    {
        _request = request;
        _scope = scope;
        _raiseServerExceptions = raiseServerExceptions;
        scope.Aborted = _aborted.Token;
    }

    public async Task<HttpResponseMessage> RunAsync(AsgiApp app, CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(Abort).ConfigureAwait(false);
        _ = Task.Run(() => RunAppAsync(app), CancellationToken.None);
        return await _started.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAppAsync(AsgiApp app)
    {
        Exception? error = null;
        try
        {
            await app(_scope, ReceiveAsync, SendAsync).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
        }

        if (!_protocol.HasStarted)
        {
            if (_raiseServerExceptions)
                _started.TrySetException(error ?? new InvalidOperationException("TestClient did not receive any response."));
            else
                _started.TrySetResult(CreateResponse(Status.Http500InternalServerError, []));
        }

        await _body.Writer.CompleteAsync(_raiseServerExceptions ? error : null).ConfigureAwait(false);
        _responseComplete.TrySetResult();
        _requestBody?.Dispose();
    }

    private async ValueTask<AsgiMessage> ReceiveAsync()
    {
        try
        {
            if (!_requestComplete) return await ReadRequestChunkAsync().ConfigureAwait(false);
            await _responseComplete.Task.WaitAsync(_aborted.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_aborted.IsCancellationRequested)
        {
            _requestComplete = true;
        }

        return HttpDisconnectMessage.Instance;
    }

    private async ValueTask<AsgiMessage> ReadRequestChunkAsync()
    {
        if (_request.Content is not { } content)
        {
            _requestComplete = true;
            return HttpRequestBodyMessage.Empty;
        }

        _remaining ??= content.Headers.ContentLength;
        _requestBody ??= await content.ReadAsStreamAsync(_aborted.Token).ConfigureAwait(false);
        var buffer = new byte[(int)Math.Min(_remaining ?? ChunkSize, ChunkSize)];
        var read = buffer.Length == 0 ? 0 : await _requestBody.ReadAsync(buffer, _aborted.Token).ConfigureAwait(false);
        _remaining -= read;
        _requestComplete = read == 0 || _remaining <= 0;
        return new HttpRequestBodyMessage(buffer.AsMemory(0, read), moreBody: !_requestComplete);
    }

    private async ValueTask SendAsync(AsgiMessage message)
    {
        _protocol.Validate(message, _scope);
        switch (message)
        {
            case HttpResponseStartMessage start:
                _response = CreateResponse(start.Status, start.Headers);
                _started.TrySetResult(_response);
                break;
            case HttpResponseBodyMessage body:
                await WriteAsync(body.Body).ConfigureAwait(false);
                break;
            case HttpResponsePathSendMessage file:
                await SendFileAsync(file.Path).ConfigureAwait(false);
                break;
            case HttpResponseTrailersMessage trailers:
                foreach (var (name, value) in trailers.Headers) _response!.TrailingHeaders.TryAddWithoutValidation(name, value);
                break;
            case HttpResponseDebugMessage debug:
                _request.Options.Set(TestResponseExtensions.DebugInfoKey, debug.Info);
                break;
        }

        if (_protocol.IsComplete) _responseComplete.TrySetResult();
    }

    private async ValueTask WriteAsync(ReadOnlyMemory<byte> chunk)
    {
        if (chunk.IsEmpty || _request.Method == HttpMethod.Head) return;
        // A completed result means the client stopped reading: the app learns it from http.disconnect.
        await _body.Writer.WriteAsync(chunk).ConfigureAwait(false);
    }

    private async ValueTask SendFileAsync(string path)
    {
        if (_request.Method == HttpMethod.Head) return;
        await using var file = File.OpenRead(path);
        await file.CopyToAsync(_body.Writer.AsStream(leaveOpen: true)).ConfigureAwait(false);
    }

    private HttpResponseMessage CreateResponse(int status, List<HttpHeader> headers)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            RequestMessage = _request,
            ReasonPhrase = Status.GetReasonPhrase(status),
            Version = HttpVersion.Version11,
        };
        var content = new ResponseBodyContent(_body.Reader, Abort);
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
                content.Headers.TryAddWithoutValidation(name, value);
        }

        response.Content = content;
        _request.Options.Set(TestResponseExtensions.RawHeadersKey, (IReadOnlyList<HttpHeader>)headers.ToArray());
        return response;
    }

    private void Abort()
    {
        try { _aborted.Cancel(); }
        catch (ObjectDisposedException) { }
    }
}
