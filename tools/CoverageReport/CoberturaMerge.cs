using System.Xml.Linq;

namespace Starlette.Tools.Coverage;

/// <summary>Line coverage of one package, merged over every test project's report.</summary>
/// <param name="Covered">Lines hit at least once by any test project.</param>
/// <param name="Total">Coverable lines.</param>
internal sealed record PackageCoverage(int Covered, int Total)
{
    public double Percent => Total == 0 ? 100 : 100.0 * Covered / Total;
}

/// <summary>
/// Merges Cobertura reports (one per test project, each covering the package under test and whatever it calls):
/// a line counts as covered when any report saw it hit, so a package's number is what the whole suite exercises.
/// </summary>
internal static class CoberturaMerge
{
    public static Dictionary<string, PackageCoverage> Merge(IEnumerable<string> reports, IReadOnlySet<string> packages)
    {
        var lines = new Dictionary<string, Dictionary<(string File, int Line), bool>>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var document = XDocument.Load(report);
            var source = document.Descendants("source").Select(e => e.Value).FirstOrDefault() ?? "";
            foreach (var package in document.Descendants("package"))
            {
                var name = (string?)package.Attribute("name");
                if (name is null || !packages.Contains(name)) continue;
                if (!lines.TryGetValue(name, out var seen)) lines[name] = seen = [];
                foreach (var @class in package.Descendants("class"))
                {
                    var file = RepositoryPath(source, (string?)@class.Attribute("filename") ?? "");
                    foreach (var line in @class.Elements("lines").Elements("line"))
                    {
                        var key = (file, (int)line.Attribute("number")!);
                        var hit = (long)line.Attribute("hits")! > 0;
                        seen[key] = hit || (seen.TryGetValue(key, out var before) && before);
                    }
                }
            }
        }

        return lines.ToDictionary(
            entry => entry.Key,
            entry => new PackageCoverage(entry.Value.Values.Count(hit => hit), entry.Value.Count),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The source path from <c>packages/</c> on. Each report names files relative to its own source root (<c>/</c>,
    /// the checkout's <c>packages/</c>, one package's folder), and one file must count once whatever the report.
    /// </summary>
    private static string RepositoryPath(string source, string file)
    {
        var normalized = Path.Combine(source, file).Replace('\\', '/');
        var at = normalized.LastIndexOf("/packages/", StringComparison.Ordinal);
        return at < 0 ? normalized : normalized[(at + 1)..];
    }
}
