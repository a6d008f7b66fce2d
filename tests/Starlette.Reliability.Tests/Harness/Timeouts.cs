namespace Starlette.Reliability.Tests;

/// <summary>Functional bounds, generous for a loaded 2-core machine: they tell "stopped" from "ran to the end",
/// never how fast.</summary>
internal static class Timeouts
{
    /// <summary>How long anything that should happen "at once" may take.</summary>
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(15);

    /// <summary>Waits until <paramref name="condition"/> holds, polling; fails the test after <see cref="Generous"/>.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(20);
        }
    }
}
