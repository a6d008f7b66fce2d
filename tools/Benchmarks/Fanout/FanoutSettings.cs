using System.Globalization;

namespace Starlette.Benchmarks.Fanout;

/// <summary>
/// The <c>--fanout</c> mode's arguments: <c>--redis URL</c> and <c>--postgres CONNECTION_STRING</c> add those
/// backends to memory, <c>--subscribers 1,100,1000</c>, <c>--messages 1000</c> (the burst), <c>--latency-rounds 200</c>
/// (one message at a time), <c>--out fanout.json</c>.
/// </summary>
internal sealed record FanoutSettings(
    string? Redis, string? Postgres, IReadOnlyList<int> Subscribers, int Messages, int LatencyRounds, int WarmupRounds, string? Output)
{
    /// <summary>The cheap run of <c>--smoke</c>: memory only, tiny counts (proves the mode runs).</summary>
    public static FanoutSettings Smoke { get; } = new(null, null, [1, 10], 50, 20, 5, null);

    public static FanoutSettings Parse(IReadOnlyList<string> args)
    {
        string? Value(string name)
        {
            for (var i = 0; i < args.Count - 1; i++) if (args[i] == name) return args[i + 1];
            return null;
        }

        int Number(string name, int fallback) =>
            Value(name) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

        var subscribers = Value("--subscribers") is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray()
            : [1, 100, 1000];
        return new FanoutSettings(Value("--redis"), Value("--postgres"), subscribers, Number("--messages", 1000),
            Number("--latency-rounds", 200), Number("--warmup-rounds", 50), Value("--out"));
    }

    public IEnumerable<string> Backends()
    {
        yield return "memory";
        if (Redis is not null) yield return "redis";
        if (Postgres is not null) yield return "postgres";
    }
}
