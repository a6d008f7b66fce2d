namespace Starlette.Benchmarks.Fanout;

/// <summary>One backend and subscriber count: the burst's throughput and allocation, and latency one message at a time and under the burst.</summary>
internal sealed record FanoutResult(
    string Backend,
    int Subscribers,
    int Messages,
    double BurstSeconds,
    double MessagesPerSecond,
    double DeliveriesPerSecond,
    double IdleP50Microseconds,
    double IdleP99Microseconds,
    double BurstP50Microseconds,
    double BurstP99Microseconds,
    double AllocatedBytesPerDelivery,
    double AllocatedBytesPerMessage,
    long Dropped)
{
    public override string ToString() =>
        $"{Backend,-8} {Subscribers,5} subscribers: {MessagesPerSecond,10:N0} msg/s {DeliveriesPerSecond,12:N0} deliveries/s | " +
        $"one at a time p50 {IdleP50Microseconds,8:N1} us p99 {IdleP99Microseconds,8:N1} us | burst p50 {BurstP50Microseconds,10:N1} us p99 {BurstP99Microseconds,10:N1} us | " +
        $"{AllocatedBytesPerDelivery,8:N1} B/delivery {AllocatedBytesPerMessage,10:N0} B/message | dropped {Dropped}";
}
