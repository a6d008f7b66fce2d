using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

internal sealed partial class AsgiContext
{
    private const int MaxMessageSize = 16 * 1024 * 1024; // uvicorn's --ws-max-size

    private WebSocketProtocol _ws;
    private WebSocket? _socket;
    private OpenWebSocket? _open;
    private bool _connectDelivered;
    private bool _closeReceived;
    private long _acceptedAt;
    private int _closeCode;

    private async Task ProcessWebSocketAsync()
    {
        await _application.Ready.ConfigureAwait(false);
        if (!WebSocketHandshake.IsValid(_features, _request.Headers))
        {
            await WriteErrorAsync(400, "Invalid WebSocket handshake: a version 13 request with a valid Sec-WebSocket-Key is required.").ConfigureAwait(false);
            LogWebSocketAccess();
            return;
        }

        try
        {
            await _application.App(_scope, _receive, _send).ConfigureAwait(false);
            if (_socket is null && !_ws.IsFinished)
            {
                Log.NoHandshake(_application.Logger, _scope.ToString());
                if (!_response.HasStarted) await WriteErrorAsync(500).ConfigureAwait(false);
            }
            else if (_socket is not null && !_ws.IsFinished)
            {
                await CloseSocketAsync(WebSocketCloseStatus.NormalClosure, "").ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketDisconnectException || IsClientGone(exception))
        {
            Log.ClientDisconnected(_application.Logger, _scope.ToString()); // the client (or a shutdown) ended it: not an app error
        }
        catch (Exception exception)
        {
            Log.AppException(_application.Logger, exception, _scope.ToString());
            if (_socket is not null) await CloseSocketAsync(WebSocketCloseStatus.InternalServerError, "").ConfigureAwait(false);
            else if (!_response.HasStarted) await WriteErrorAsync(500).ConfigureAwait(false);
            else Abort();
        }
        finally
        {
            if (_open is not null) _application.WebSockets.Remove(_open);
            _open?.Dispose();
        }

        LogWebSocketAccess();
    }

    private async ValueTask<AsgiMessage> ReceiveWebSocketAsync()
    {
        if (!_connectDelivered)
        {
            _connectDelivered = true;
            return WebSocketConnectMessage.Instance;
        }

        if (_socket is null || _closeReceived)
            return new WebSocketDisconnectMessage(Status.Ws1006AbnormalClosure);

        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= MaxMessageSize) return await TooBigAsync().ConfigureAwait(false);
                    var larger = ArrayPool<byte>.Shared.Rent(length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var result = await _socket.ReceiveAsync(buffer.AsMemory(length), _open!.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close) return await ClosedByClientAsync().ConfigureAwait(false);
                length += result.Count;
                if (!result.EndOfMessage) continue;
                return result.MessageType == WebSocketMessageType.Text
                    ? new WebSocketReceiveMessage(Encoding.UTF8.GetString(buffer, 0, length))
                    : new WebSocketReceiveMessage(buffer.AsSpan(0, length).ToArray());
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            _closeReceived = true;
            return new WebSocketDisconnectMessage(Ended(_open!.ServerCloseCode ?? Status.Ws1006AbnormalClosure));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask<AsgiMessage> ClosedByClientAsync()
    {
        _closeReceived = true;
        var code = Ended((int?)_socket!.CloseStatus ?? Status.Ws1005NoStatusRcvd);
        var reason = _socket.CloseStatusDescription ?? "";
        if (!_ws.IsFinished) await CloseSocketAsync((WebSocketCloseStatus)code, reason).ConfigureAwait(false);
        return new WebSocketDisconnectMessage(code, reason);
    }

    private async ValueTask<AsgiMessage> TooBigAsync()
    {
        _closeReceived = true;
        await CloseSocketAsync(WebSocketCloseStatus.MessageTooBig, "").ConfigureAwait(false);
        return new WebSocketDisconnectMessage(Status.Ws1009MessageTooBig);
    }

    private async ValueTask SendWebSocketAsync(AsgiMessage message)
    {
        _ws.Validate(message, _scope);
        switch (message)
        {
            case WebSocketAcceptMessage accept:
                await AcceptAsync(accept).ConfigureAwait(false);
                break;
            case WebSocketSendMessage data:
                await SendDataAsync(data).ConfigureAwait(false);
                break;
            case WebSocketCloseMessage close when _socket is null:
                await WriteErrorAsync(403, "").ConfigureAwait(false); // closed before accepting: the handshake is refused
                break;
            case WebSocketCloseMessage close:
                await CloseSocketAsync((WebSocketCloseStatus)close.Code, close.Reason).ConfigureAwait(false);
                break;
            case WebSocketHttpResponseStartMessage start:
                _response.StatusCode = start.Status;
                AppendHeaders(_response.Headers, start.Headers);
                break;
            case WebSocketHttpResponseBodyMessage body:
                if (!body.Body.IsEmpty) await _body.Writer.WriteAsync(body.Body, _aborted).ConfigureAwait(false);
                if (!body.MoreBody) await _body.CompleteAsync().ConfigureAwait(false);
                break;
        }
    }

    private async ValueTask AcceptAsync(WebSocketAcceptMessage accept)
    {
        var connect = _features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true } extended ? extended : null;
        AppendHeaders(_response.Headers, accept.Headers);
        WebSocketHandshake.SetUpgradeHeaders(_response.Headers, _request.Headers, accept.Subprotocol, connect is not null);
        var stream = connect is not null
            ? await connect.AcceptAsync().ConfigureAwait(false)
            : await _features.GetRequiredFeature<IHttpUpgradeFeature>().UpgradeAsync().ConfigureAwait(false);
        var options = new WebSocketCreationOptions
        {
            IsServer = true,
            SubProtocol = accept.Subprotocol,
            KeepAliveInterval = _application.Options.WebSocketKeepAliveInterval,
        };
        _open = new OpenWebSocket(stream, options, MaxMessageSize, _aborted);
        _socket = _open.Socket;
        _acceptedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        _application.WebSockets.Add(_open);
    }

    private async ValueTask SendDataAsync(WebSocketSendMessage data)
    {
        try
        {
            if (data.Text is { } text)
                await _socket!.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, _open!.Token).ConfigureAwait(false);
            else
                await _socket!.SendAsync(data.Bytes!.Value, WebSocketMessageType.Binary, endOfMessage: true, _open!.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            throw new WebSocketDisconnectException(Ended(_open!.ServerCloseCode ?? Status.Ws1006AbnormalClosure));
        }
    }

    private ValueTask CloseSocketAsync(WebSocketCloseStatus status, string reason)
    {
        if (_socket is null) return default;
        Ended((int)status);
        return OpenWebSocket.CloseOutputAsync(_socket, status, reason, _aborted);
    }

    // Notes the code a session ended with for its access line: the first close, either side's (or the host's, at
    // shutdown or for a frame too big), names how it ended.
    private int Ended(int code)
    {
        if (_closeCode == 0) _closeCode = code;
        return code;
    }

    private void ResetWebSocket()
    {
        _ws = default;
        _socket = null;
        _open = null;
        _connectDelivered = _closeReceived = false;
        _closeCode = 0;
    }
}
