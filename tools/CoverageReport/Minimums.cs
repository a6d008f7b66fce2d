using System.Text.Json;

namespace Starlette.Tools.Coverage;

/// <summary>
/// tools/coverage-minimums.json: the target every package aims for, and per package the floor it may not fall
/// below (a ratchet: raise a floor when tests are added, never lower it).
/// </summary>
internal sealed record Minimums(double Target, IReadOnlyDictionary<string, double> Floors)
{
    public static Minimums Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Coverage minimums not found: {path}", path);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var floors = json.RootElement.GetProperty("floors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        return new Minimums(json.RootElement.GetProperty("target").GetDouble(), floors);
    }

    /// <summary>The floor for <paramref name="package"/>: its own, or the target for a package not listed.</summary>
    public double FloorOf(string package) => Floors.TryGetValue(package, out var floor) ? floor : Target;
}
