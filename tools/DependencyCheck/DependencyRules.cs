using System.Text.Json;

namespace Starlette.Tools.DependencyCheck;

/// <summary>What one package may reference, from tools/dependency-rules.json.</summary>
public sealed record PackageRule(IReadOnlySet<string> Projects, IReadOnlySet<string> Packages, IReadOnlySet<string> Frameworks);

/// <summary>The dependency table of docs/ARCHITECTURE.md, as tools/dependency-rules.json writes it.</summary>
public static class DependencyRules
{
    /// <summary>Reads the rules file.</summary>
    public static IReadOnlyDictionary<string, PackageRule> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var rules = new Dictionary<string, PackageRule>(StringComparer.Ordinal);
        foreach (var package in document.RootElement.GetProperty("packages").EnumerateObject())
        {
            rules[package.Name] = new PackageRule(
                Names(package.Value, "projects"),
                Names(package.Value, "packages"),
                Names(package.Value, "frameworks"));
        }

        return rules;
    }

    /// <summary>Reads the build-only packages (top-level "build"): tools any package may reference with PrivateAssets="all".</summary>
    public static IReadOnlySet<string> LoadBuildOnly(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return Names(document.RootElement, "build");
    }

    private static HashSet<string> Names(JsonElement rule, string key) =>
        rule.TryGetProperty(key, out var list)
            ? list.EnumerateArray().Select(item => item.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
