using System.Globalization;

namespace Starlette.Testing.Support;

/// <summary>
/// How many inputs each randomized property draws. The normal test run uses each property's small fast count;
/// <c>STARLETTE_FUZZ_ITERATIONS=1000000</c> (any positive integer) makes every property draw that many instead.
/// </summary>
public static class FuzzBudget
{
    /// <summary>The environment variable that selects the long mode.</summary>
    public const string Variable = "STARLETTE_FUZZ_ITERATIONS";

    /// <summary>The per-input time bound of the fast mode; a hang is reported with the input that hung.</summary>
    public static readonly TimeSpan PerInputTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The count from <see cref="Variable"/>, or <see langword="null"/> in the fast mode.</summary>
    public static long? LongModeIterations { get; } =
        long.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;

    /// <summary>The number of inputs a property draws: the long-mode count if set, else <paramref name="fast"/>.</summary>
    /// <param name="fast">The property's count in the normal test run.</param>
    /// <returns>The count.</returns>
    public static long Iterations(long fast) => LongModeIterations ?? fast;
}
