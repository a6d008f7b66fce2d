using System.Globalization;
using StackExchange.Redis;

namespace Starlette.Broadcast.Redis.Internal;

/// <summary>
/// Turns <see cref="RedisBroadcastOptions.Url"/> into a StackExchange.Redis configuration that fails fast while the
/// server is down (publish throws at once instead of queueing) and reconnects every half second.
/// </summary>
internal static class RedisUrl
{
    public static ConfigurationOptions Parse(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ConfigurationOptions options;
        if (url.StartsWith("redis://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
                throw new ArgumentException($"'{url}' is not a valid Redis URL (redis://[:password@]host[:port][/database]).", nameof(url));
            options = new ConfigurationOptions { Ssl = uri.Scheme == "rediss" };
            options.EndPoints.Add(uri.Host, uri.IsDefaultPort ? 6379 : uri.Port);
            if (uri.UserInfo.Length > 0)
            {
                var parts = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
                if (parts.Length == 2)
                {
                    if (parts[0].Length > 0) options.User = parts[0];
                    options.Password = parts[1];
                }
                else
                {
                    options.Password = parts[0];
                }
            }

            var path = uri.AbsolutePath.Trim('/');
            if (path.Length > 0)
            {
                if (!int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out var database))
                    throw new ArgumentException($"'{url}' names database '{path}': a Redis database is a number.", nameof(url));
                options.DefaultDatabase = database;
            }
        }
        else
        {
            options = ConfigurationOptions.Parse(url);
        }

        options.AbortOnConnectFail = true;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        return options;
    }
}
