using System.Diagnostics;
using Starlette.Broadcast;
using Starlette.Broadcast.Postgres;
using Starlette.Broadcast.Redis;
using Broadcaster = Starlette.Broadcast.Broadcast;

namespace Starlette.Benchmarks.Fanout;

/// <summary>
/// One measurement: S subscribers on one channel. Memory: one broadcast publishes and delivers. Redis and
/// PostgreSQL: one broadcast publishes and a second one, on its own connection to the same server, holds the
/// subscribers (the cross-instance path, both in this process). Phases: warm-up rounds, then latency rounds (one
/// message, wait until all S have it), then the burst (N messages published back to back; throughput from the first
/// publish to the last delivery, allocation over the same span, latency of every delivery).
/// </summary>
internal static class FanoutRun
{
    private static readonly string Payload = new('x', 100);

    public static async Task<FanoutResult> MeasureAsync(string backend, FanoutSettings settings, int subscribers)
    {
        var channel = $"fanout-{subscribers}-{Guid.NewGuid():N}";
        var options = new BroadcastOptions { QueueCapacity = Math.Max(1024, settings.Messages + 16) };
        await using var publisher = new Broadcaster(Create(backend, settings), options);
        await using var receiving = backend == "memory" ? null : new Broadcaster(Create(backend, settings), options);
        await publisher.ConnectAsync();
        if (receiving is not null) await receiving.ConnectAsync();
        var hub = receiving ?? publisher;

        var rounds = settings.WarmupRounds + settings.LatencyRounds;
        var total = rounds + settings.Messages;
        var sent = new long[total];
        var received = new long[subscribers][];
        var progress = new Progress();
        var subscriptions = new BroadcastSubscription[subscribers];
        var readers = new Task[subscribers];
        for (var j = 0; j < subscribers; j++)
        {
            subscriptions[j] = await hub.SubscribeAsync(channel);
            received[j] = new long[total];
            var (subscription, stamps) = (subscriptions[j], received[j]);
            readers[j] = Task.Run(() => ReadAsync(subscription, stamps, progress));
        }

        try
        {
            for (var k = 0; k < rounds; k++)
            {
                var delivered = progress.WhenReached((long)(k + 1) * subscribers);
                sent[k] = Stopwatch.GetTimestamp();
                await publisher.PublishAsync(channel, Payload);
                await Within(delivered, subscriptions);
            }

            var all = progress.WhenReached((long)total * subscribers);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            for (var k = rounds; k < total; k++)
            {
                sent[k] = Stopwatch.GetTimestamp();
                await publisher.PublishAsync(channel, Payload);
            }

            await Within(all, subscriptions);
            var end = Stopwatch.GetTimestamp();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            await Task.WhenAll(readers);

            var seconds = Stopwatch.GetElapsedTime(start, end).TotalSeconds;
            var idle = Latencies(sent, received, settings.WarmupRounds, rounds);
            var burst = Latencies(sent, received, rounds, total);
            var deliveries = (double)settings.Messages * subscribers;
            return new FanoutResult(backend, subscribers, settings.Messages, seconds, settings.Messages / seconds, deliveries / seconds,
                Percentile(idle, 0.50), Percentile(idle, 0.99), Percentile(burst, 0.50), Percentile(burst, 0.99),
                allocated / deliveries, allocated / (double)settings.Messages, subscriptions.Sum(s => s.DroppedCount));
        }
        finally
        {
            foreach (var subscription in subscriptions) await subscription.DisposeAsync();
        }
    }

    private static IBroadcastBackend Create(string backend, FanoutSettings settings) => backend switch
    {
        "redis" => new RedisBroadcastBackend(settings.Redis!),
        "postgres" => new PostgresBroadcastBackend(settings.Postgres!),
        _ => new MemoryBroadcastBackend(),
    };

    // Every message of the run, stamped as it arrives (order is guaranteed per channel: the k-th is message k).
    private static async Task ReadAsync(BroadcastSubscription subscription, long[] stamps, Progress progress)
    {
        var k = 0;
        await foreach (var _ in subscription)
        {
            stamps[k++] = Stopwatch.GetTimestamp();
            progress.Add();
            if (k == stamps.Length) return;
        }
    }

    private static async Task Within(Task delivered, BroadcastSubscription[] subscriptions)
    {
        if (await Task.WhenAny(delivered, Task.Delay(TimeSpan.FromSeconds(120))) != delivered)
            throw new TimeoutException($"Not every delivery arrived within 120 s (dropped: {subscriptions.Sum(s => s.DroppedCount)}).");
    }

    private static double[] Latencies(long[] sent, long[][] received, int from, int to)
    {
        var samples = new double[received.Length * (to - from)];
        var i = 0;
        foreach (var stamps in received)
            for (var k = from; k < to; k++) samples[i++] = Stopwatch.GetElapsedTime(sent[k], stamps[k]).TotalMicroseconds;
        Array.Sort(samples);
        return samples;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>The count of deliveries, and one waiter for a target count.</summary>
    private sealed class Progress
    {
        private long _count;
        private long _target = -1;
        private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task WhenReached(long target)
        {
            _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _target, target);
            if (Interlocked.Read(ref _count) >= target) _reached.TrySetResult();
            return _reached.Task;
        }

        public void Add()
        {
            if (Interlocked.Increment(ref _count) == Volatile.Read(ref _target)) _reached.TrySetResult();
        }
    }
}
