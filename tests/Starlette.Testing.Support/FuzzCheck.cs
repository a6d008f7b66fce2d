using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;

namespace Starlette.Testing.Support;

/// <summary>
/// Runs a randomized property over CsCheck inputs with the invariants every parser shares: each input finishes
/// within <see cref="FuzzBudget.PerInputTimeout"/> (a hang fails the test with the input, instead of hanging the
/// run) and allocates at most <see cref="AllocationBound"/> for its size on its thread.
/// </summary>
public static class FuzzCheck
{
    /// <summary>Checks <paramref name="property"/> on <see cref="FuzzBudget.Iterations"/>(<paramref name="fast"/>) inputs.</summary>
    /// <typeparam name="T">The input.</typeparam>
    /// <param name="gen">The generator.</param>
    /// <param name="property">Throws (an xunit assertion) when the property does not hold.</param>
    /// <param name="fast">The number of inputs in the normal test run.</param>
    /// <param name="size">The input's size in bytes, for the allocation bound; <see langword="null"/> for no bound.</param>
    /// <param name="print">How a failing input is shown.</param>
    /// <param name="bound">The allocation bound; <see cref="AllocationBound.Default"/> if not given.</param>
    public static void Run<T>(Gen<T> gen, Action<T> property, long fast, Func<T, long>? size, Func<T, string> print, AllocationBound? bound = null)
    {
        var running = new ConcurrentDictionary<int, (T Input, long Started)>();
        bound ??= AllocationBound.Default;
        var sampling = Task.Factory.StartNew(
            () => gen.Sample(
                input =>
                {
                    var thread = Environment.CurrentManagedThreadId;
                    running[thread] = (input, Stopwatch.GetTimestamp());
                    long allocated;
                    try
                    {
                        var before = GC.GetAllocatedBytesForCurrentThread();
                        property(input);
                        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    }
                    finally
                    {
                        running.TryRemove(thread, out _);
                    }

                    if (size is not null) bound.Verify(allocated, size(input));
                },
                iter: FuzzBudget.Iterations(fast),
                print: print),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        while (!sampling.Wait(TimeSpan.FromMilliseconds(200)))
        {
            foreach (var (input, started) in running.Values)
            {
                if (Stopwatch.GetElapsedTime(started) > FuzzBudget.PerInputTimeout)
                    throw new TimeoutException($"An input ran longer than {FuzzBudget.PerInputTimeout.TotalSeconds} s: {print(input)}");
            }
        }

        sampling.GetAwaiter().GetResult();
    }

    /// <summary><see cref="Run{T}"/> for an asynchronous property, run to completion on the sampling thread (the
    /// parsers under test complete synchronously on in-memory input, so the allocation bound sees their work).</summary>
    /// <typeparam name="T">The input.</typeparam>
    /// <param name="gen">The generator.</param>
    /// <param name="property">The property.</param>
    /// <param name="fast">The number of inputs in the normal test run.</param>
    /// <param name="size">The input's size in bytes, for the allocation bound; <see langword="null"/> for no bound.</param>
    /// <param name="print">How a failing input is shown.</param>
    /// <param name="bound">The allocation bound.</param>
    public static void RunAsync<T>(Gen<T> gen, Func<T, Task> property, long fast, Func<T, long>? size, Func<T, string> print, AllocationBound? bound = null) =>
        Run(gen, input => property(input).GetAwaiter().GetResult(), fast, size, print, bound);
}
