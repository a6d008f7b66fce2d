using System.Globalization;

namespace Starlette.Tools.Coverage;

/// <summary>Prints line coverage per package and whether each meets its floor and the target.</summary>
internal static class CoverageTable
{
    /// <returns>0 when every package is at or above its floor, 1 otherwise.</returns>
    public static int Print(IReadOnlyDictionary<string, PackageCoverage> coverage, Minimums minimums, IEnumerable<string> packages, TextWriter output)
    {
        var failed = false;
        output.WriteLine("Line coverage per package (merged over every test project):");
        output.WriteLine($"{"package",-36} {"lines",13} {"covered",8} {"floor",6}  status");
        foreach (var package in packages.Order(StringComparer.Ordinal))
        {
            var floor = minimums.FloorOf(package);
            if (!coverage.TryGetValue(package, out var result))
            {
                output.WriteLine($"{package,-36} {"-",13} {"-",8} {floor,6:0.0}  MISSING: no test run covered it");
                failed = true;
                continue;
            }

            var status = result.Percent + 1e-9 < floor ? "BELOW FLOOR" : result.Percent + 1e-9 < minimums.Target ? "below target" : "ok";
            failed |= status == "BELOW FLOOR";
            var lines = string.Create(CultureInfo.InvariantCulture, $"{result.Covered}/{result.Total}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{package,-36} {lines,13} {result.Percent,7:0.0}% {floor,6:0.0}  {status}"));
        }

        var covered = coverage.Values.Sum(c => c.Covered);
        var total = coverage.Values.Sum(c => c.Total);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all packages: {covered}/{total} lines, {100.0 * covered / Math.Max(1, total):0.0}% (target {minimums.Target:0}% per package)"));
        if (failed) output.WriteLine("error: a package fell below its coverage floor (tools/coverage-minimums.json).");
        return failed ? 1 : 0;
    }
}
