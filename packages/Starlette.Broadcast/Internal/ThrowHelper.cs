using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Starlette.Broadcast.Internal;

/// <summary>The package's exceptions, thrown out of line.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void NotConnected() =>
        throw new BroadcastUnavailableException("The broadcast is not connected: call ConnectAsync first (for example in the lifespan's startup).");

    [DoesNotReturn]
    public static void Disposed() => throw new ObjectDisposedException(nameof(Broadcast), "The broadcast has been disposed.");

    [DoesNotReturn]
    public static void NoHistory(IBroadcastBackend backend) =>
        throw new NotSupportedException($"{backend.GetType().Name} keeps no history: a subscription cannot resume or replay messages.");

    public static void ThrowIfBadChannel(string channel, [CallerArgumentExpression(nameof(channel))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(channel, name);
        if (channel.Length == 0) throw new ArgumentException("A channel name cannot be empty.", name);
    }

    public static void ThrowIfBadCapacity(int capacity, string name)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(name, capacity, "A subscriber queue holds at least one message.");
    }
}
