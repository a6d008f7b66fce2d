using System.Runtime.ExceptionServices;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette;

/// <summary>
/// One request through <see cref="BaseHttpMiddleware"/>: runs the rest of the stack on its own task when the dispatch
/// calls <c>callNext</c>, and hands the app's messages over as a response. Like upstream's unbuffered stream, an app
/// whose response is not being read waits in send until the middleware's response has gone out, and then sees a
/// disconnect.
/// </summary>
internal sealed class DispatchCall(AsgiApp next, Scope scope, Receive downstreamReceive) : IDisposable
{
    private readonly TaskCompletionSource _responseSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly MessageHandoff _messages = new();
    private readonly CancellationTokenSource _sent = new();
    private Exception? _appError;
    private bool _errorRaised;
    private Task? _appTask;

    /// <summary>The <c>callNext</c> given to the dispatch: starts the app and returns its response once it starts one.</summary>
    public async ValueTask<Response> CallNextAsync(Request _)
    {
        _appTask = Task.Run(RunAppAsync);
        if (await _messages.ReadAsync().ConfigureAwait(false) is not { } message)
        {
            await _appTask.ConfigureAwait(false);
            if (_appError is not null)
            {
                _errorRaised = true;
                ExceptionDispatchInfo.Throw(_appError);
            }

            throw new InvalidOperationException("No response returned.");
        }

        HttpResponseDebugMessage? debug = null;
        if (message is HttpResponseDebugMessage info)
        {
            debug = info;
            message = await _messages.ReadAsync().ConfigureAwait(false);
        }

        if (message is not HttpResponseStartMessage start) throw new InvalidOperationException($"Unexpected message: {message}");
        return new ForwardedResponse(start, new ForwardedBody(_messages), debug);
    }

    /// <summary>After the middleware's response went out: releases the app, waits for it, and raises its error if no one did.</summary>
    public async ValueTask FinishAsync()
    {
        _responseSent.TrySetResult();
        await _sent.CancelAsync().ConfigureAwait(false);
        _messages.Release();
        if (_appTask is not null) await _appTask.ConfigureAwait(false);
    }

    /// <summary>Raises the app's error when the dispatch did not see it through <c>callNext</c>.</summary>
    public void ThrowUnobservedAppError()
    {
        if (_appError is not null && !_errorRaised) ExceptionDispatchInfo.Throw(_appError);
    }

    public void Dispose() => _sent.Dispose();

    private async Task RunAppAsync()
    {
        try
        {
            await next(scope, ReceiveOrDisconnectAsync, SendNoErrorAsync).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            _appError = error;
        }
        finally
        {
            _messages.Complete();
        }
    }

    private async ValueTask<AsgiMessage> ReceiveOrDisconnectAsync()
    {
        if (_responseSent.Task.IsCompleted) return HttpDisconnectMessage.Instance;
        var received = downstreamReceive().AsTask();
        var first = await Task.WhenAny(received, _responseSent.Task).ConfigureAwait(false);
        return first == received && !_responseSent.Task.IsCompleted ? await received.ConfigureAwait(false) : HttpDisconnectMessage.Instance;
    }

    private async ValueTask SendNoErrorAsync(AsgiMessage message)
    {
        if (_responseSent.Task.IsCompleted) return;
        try
        {
            await _messages.WriteAsync(message, _sent.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The middleware's response has gone out; the app's messages are discarded.
        }
    }
}
