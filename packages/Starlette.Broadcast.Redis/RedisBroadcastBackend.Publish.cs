using System.Globalization;
using StackExchange.Redis;
using Starlette.Broadcast.Redis.Internal;

namespace Starlette.Broadcast.Redis;

public sealed partial class RedisBroadcastBackend
{
    /// <inheritdoc />
    public async ValueTask<string> PublishAsync(string channel, BroadcastPayload payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        var (server, _) = Connected();
        RedisValue body = payload.IsText ? payload.Text : payload.GetBytes().ToArray();
        try
        {
            var id = await server.GetDatabase().ScriptEvaluateAsync(
                RedisWire.PublishScript,
                [_options.KeyPrefix + channel],
                [_options.HistoryLength.ToString(CultureInfo.InvariantCulture), payload.IsText ? "t" : "b", body, _options.KeyPrefix + channel]).WaitAsync(cancellationToken).ConfigureAwait(false);
            return id.ToString()!;
        }
        catch (RedisConnectionException error)
        {
            throw new BroadcastUnavailableException($"Redis at {_where} is unavailable: the message to '{channel}' was not published. {error.Message}", error);
        }
        catch (RedisTimeoutException error)
        {
            throw new BroadcastUnavailableException($"Redis at {_where} did not answer in time: the message to '{channel}' may not have been published. {error.Message}", error);
        }
    }
}
