using Starlette.GraphQL.Execution;
using Starlette.Types;

namespace Starlette.GraphQL.Subscriptions;

internal sealed partial class TransportWsSession
{
    /// <summary>Sends one message; once the connection is closed (by either side) messages are dropped.</summary>
    private async ValueTask SendAsync(string text)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_closed) await webSocket.SendTextAsync(text).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketDisconnectException or InvalidOperationException or IOException)
        {
            _closed = true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async ValueTask CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_closed) return;
            _closed = true;
            await webSocket.CloseAsync(code, CloseCodes.Reason(reason)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketDisconnectException or InvalidOperationException or IOException)
        {
            // The client went away first.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task RunGuardedAsync(SubscriptionOperation operation, OperationRequest request)
    {
        await Task.Yield();
        try
        {
            await operation.RunAsync(executor, request).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _failure ??= e;
            await CloseAsync(4500, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            lock (_operations)
            {
                if (_operations.TryGetValue(operation.Id, out var running) && running.Operation == operation) _operations.Remove(operation.Id);
            }
        }
    }

    private async Task StopOperationsAsync()
    {
        Task[] running;
        lock (_operations)
        {
            running = [.. _operations.Values.Select(entry => entry.Task)];
            foreach (var entry in _operations.Values) entry.Operation.Cancel();
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }
}
