using System.Text.Json;

namespace Starlette.Benchmarks.Fanout;

/// <summary>
/// <c>--fanout</c>: Starlette.Broadcast's fan-out, publish to delivery, measured directly (BenchmarkDotNet measures
/// one operation's time, not the spread of a delivery's latency). Prints a line per run and writes the JSON
/// tools/bench/report.py reads. See tools/Benchmarks/README.md.
/// </summary>
internal static class FanoutMode
{
    public static async Task<int> RunAsync(FanoutSettings settings)
    {
        var results = new List<FanoutResult>();
        foreach (var backend in settings.Backends())
        {
            foreach (var subscribers in settings.Subscribers)
            {
                var result = await FanoutRun.MeasureAsync(backend, settings, subscribers);
                Console.WriteLine(result);
                results.Add(result);
            }
        }

        if (settings.Output is { } path) await File.WriteAllBytesAsync(path, ToJson(settings, results));
        return results.Any(r => r.Dropped > 0) ? 1 : 0;
    }

    private static byte[] ToJson(FanoutSettings settings, List<FanoutResult> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("messages", settings.Messages);
            json.WriteNumber("latency_rounds", settings.LatencyRounds);
            json.WriteNumber("warmup_rounds", settings.WarmupRounds);
            json.WriteString("runtime", System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
            json.WriteBoolean("server_gc", System.Runtime.GCSettings.IsServerGC);
            json.WriteStartArray("results");
            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteString("backend", r.Backend);
                json.WriteNumber("subscribers", r.Subscribers);
                json.WriteNumber("messages", r.Messages);
                json.WriteNumber("burst_seconds", r.BurstSeconds);
                json.WriteNumber("messages_per_second", r.MessagesPerSecond);
                json.WriteNumber("deliveries_per_second", r.DeliveriesPerSecond);
                json.WriteNumber("idle_p50_us", r.IdleP50Microseconds);
                json.WriteNumber("idle_p99_us", r.IdleP99Microseconds);
                json.WriteNumber("burst_p50_us", r.BurstP50Microseconds);
                json.WriteNumber("burst_p99_us", r.BurstP99Microseconds);
                json.WriteNumber("alloc_bytes_per_delivery", r.AllocatedBytesPerDelivery);
                json.WriteNumber("alloc_bytes_per_message", r.AllocatedBytesPerMessage);
                json.WriteNumber("dropped", r.Dropped);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
