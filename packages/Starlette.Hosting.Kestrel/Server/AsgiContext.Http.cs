using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

internal sealed partial class AsgiContext
{
    private HttpResponseProtocol _http;
    private bool _requestComplete;
    private bool _responseComplete;
    private bool _trailersAnnounced;
    private TaskCompletionSource? _completion;

    private async Task ProcessHttpAsync()
    {
        await _application.Ready.ConfigureAwait(false);
        try
        {
            await _application.App(_scope, _receive, _send).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await OnAppExceptionAsync(exception).ConfigureAwait(false);
            LogAccess(_response.StatusCode);
            return;
        }

        if (!_http.IsComplete) await OnIncompleteResponseAsync().ConfigureAwait(false);
        LogAccess(_response.StatusCode);
    }

    private ValueTask<AsgiMessage> ReceiveHttpAsync() => _requestComplete ? WaitForDisconnectAsync() : ReadBodyAsync();

    private async ValueTask<AsgiMessage> ReadBodyAsync()
    {
        if (_features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            _requestComplete = true;
            return HttpRequestBodyMessage.Empty;
        }

        var reader = _features.GetRequiredFeature<IRequestBodyPipeFeature>().Reader;
        try
        {
            var result = await reader.ReadAsync(_aborted).ConfigureAwait(false);
            var chunk = result.Buffer.IsEmpty ? [] : System.Buffers.BuffersExtensions.ToArray(result.Buffer);
            reader.AdvanceTo(result.Buffer.End);
            _requestComplete = result.IsCompleted;
            return new HttpRequestBodyMessage(chunk, moreBody: !result.IsCompleted);
        }
        catch (Exception exception) when (IsDisconnect(exception))
        {
            _requestComplete = true;
            return HttpDisconnectMessage.Instance;
        }
        catch (BadHttpRequestException rejected)
        {
            _requestComplete = true;
            throw Rejected(rejected); // 413, 400, 408: the app's exception middleware answers it as an HTTPException
        }
    }

    private async ValueTask<AsgiMessage> WaitForDisconnectAsync()
    {
        if (!_responseComplete)
        {
            _completion ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            try
            {
                await _completion.Task.WaitAsync(_aborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return HttpDisconnectMessage.Instance;
    }

    private ValueTask SendHttpAsync(AsgiMessage message)
    {
        _http.Validate(message, _scope);
        if (_aborted.IsCancellationRequested && message is not (HttpResponseDebugMessage or HttpResponsePushMessage))
            return ValueTask.FromException(new ClientDisconnectException()); // spec 2.4, as uvicorn: sends fail once the client is gone
        switch (message)
        {
            case HttpResponseStartMessage start:
                _response.StatusCode = start.Status;
                AppendHeaders(_response.Headers, start.Headers);
                _trailersAnnounced = start.Trailers;
                return default;
            case HttpResponseBodyMessage body:
                return WriteBodyAsync(body.Body, body.MoreBody);
            case HttpResponsePathSendMessage file:
                return SendFileAsync(file.Path);
            case HttpResponseTrailersMessage trailers:
                if (_features.Get<IHttpResponseTrailersFeature>() is { } feature) AppendHeaders(feature.Trailers, trailers.Headers);
                return trailers.MoreTrailers ? default : CompleteAsync();
            default:
                return default; // debug and push: nothing to do on this host
        }
    }

    private ValueTask WriteBodyAsync(ReadOnlyMemory<byte> chunk, bool moreBody)
    {
        if (moreBody || _trailersAnnounced) return WriteChunkAsync(chunk);

        // The last chunk: copy it into the response pipe and complete, one flush for the whole response (headers
        // included, as a hand-written Kestrel app gets) instead of a flush for the chunk and another for the end.
        if (!chunk.IsEmpty && !HttpMethods.IsHead(_request.Method) && !_aborted.IsCancellationRequested)
            System.Buffers.BuffersExtensions.Write(_body.Writer, chunk.Span);
        return CompleteAsync();
    }

    // A chunk with more to come (or trailers after it): written and flushed now, the response stays open.
    private async ValueTask WriteChunkAsync(ReadOnlyMemory<byte> chunk)
    {
        if (!chunk.IsEmpty && !HttpMethods.IsHead(_request.Method))
        {
            try
            {
                await _body.Writer.WriteAsync(chunk, _aborted).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsDisconnect(exception))
            {
                throw new ClientDisconnectException(exception); // the producer stops here, not 300 chunks later
            }
        }
    }

    private async ValueTask SendFileAsync(string path)
    {
        if (!HttpMethods.IsHead(_request.Method))
            await _body.SendFileAsync(path, 0, null, _aborted).ConfigureAwait(false);
        if (!_trailersAnnounced) await CompleteAsync().ConfigureAwait(false);
    }

    private async ValueTask CompleteAsync()
    {
        try
        {
            await _body.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            _responseComplete = true;
            _completion?.TrySetResult();
        }
    }

    private static void AppendHeaders(IHeaderDictionary target, List<HttpHeader> headers)
    {
        foreach (var (name, value) in headers)
        {
            // The two headers every response has go through Kestrel's typed properties: no name lookup, and the
            // length is not re-parsed from text.
            if (name == "content-length" && target.ContentLength is null
                && long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length))
                target.ContentLength = length;
            else if (name == "content-type" && target.ContentType.Count == 0)
                target.ContentType = value;
            else
                target.Append(name, value);
        }
    }

    private void ResetHttp()
    {
        _http = default;
        _requestComplete = _responseComplete = _trailersAnnounced = false;
        _completion = null;
    }
}
