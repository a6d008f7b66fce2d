using Starlette.Broadcast;
using Starlette.Broadcast.Postgres;
using Starlette.Broadcast.Redis;

namespace ChatExample;

/// <summary>The broadcast backend named by <c>CHAT_BROADCAST</c>: memory by default, Redis or PostgreSQL to share the chat between instances.</summary>
public static class ChatBackend
{
    /// <summary>The environment variable that names the backend.</summary>
    public const string EnvironmentVariable = "CHAT_BROADCAST";

    /// <summary>
    /// Makes the backend: empty or <c>memory</c> for the in-memory one (one instance), a <c>redis://</c> or
    /// <c>rediss://</c> URL for Redis, an Npgsql connection string (<c>Host=...</c>) for PostgreSQL.
    /// </summary>
    /// <param name="setting">The setting, usually the environment variable's value.</param>
    /// <returns>The backend.</returns>
    /// <exception cref="ArgumentException">The setting is none of those.</exception>
    public static IBroadcastBackend Create(string? setting) => Kind(setting) switch
    {
        "redis" => new RedisBroadcastBackend(setting!),
        "postgres" => new PostgresBroadcastBackend(setting!),
        _ => new MemoryBroadcastBackend(),
    };

    /// <summary>The backend's name for the start-up line: memory, redis or postgres.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns>The name.</returns>
    public static string Describe(string? setting) => Kind(setting);

    private static string Kind(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting) || setting.Trim().Equals("memory", StringComparison.OrdinalIgnoreCase)) return "memory";
        if (setting.StartsWith("redis://", StringComparison.OrdinalIgnoreCase) || setting.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase)) return "redis";
        if (setting.Contains("Host=", StringComparison.OrdinalIgnoreCase)) return "postgres";
        throw new ArgumentException(
            $"{EnvironmentVariable} must be 'memory', a redis:// URL or an Npgsql connection string (Host=...;Username=...), not '{setting}'.",
            nameof(setting));
    }
}
