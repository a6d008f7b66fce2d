using System.Text.RegularExpressions;

namespace Starlette.Repository.Tests;

public partial class UpstreamMapTests
{
    private static readonly string MapPath = Path.Combine(RepoPaths.Root, "tests", "UPSTREAM.md");

    private static IReadOnlyList<(string Test, string Status)> Rows()
    {
        var rows = new List<(string, string)>();
        string? file = null;
        foreach (var line in File.ReadLines(MapPath))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) file = line[3..].Trim();
            else if (file is not null && RowPattern().Match(line) is { Success: true } row)
                rows.Add(($"{file}::{row.Groups["test"].Value}", row.Groups["status"].Value.Trim()));
        }

        return rows;
    }

    [Fact]
    public void Map_ListsEveryUpstreamTestOnce()
    {
        var tests = Rows().Select(r => r.Test).ToList();
        Assert.Equal(tests.Count, tests.Distinct().Count());

        var upstream = UpstreamTests();
        Assert.True(upstream.Count > 0, "tests/upstream-tests*.txt list no upstream test.");
        Assert.Equal(upstream.Order(), tests.Order());
    }

    /// <summary>The upstream test lists in tests/ (upstream-tests.txt, plus one file per later upstream version).</summary>
    private static List<string> UpstreamTests()
    {
        var lists = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests"), "upstream-tests*.txt");
        if (lists.Length == 0)
            throw new FileNotFoundException($"No upstream test list (tests/upstream-tests*.txt) under {RepoPaths.Root}.");
        return [.. lists.SelectMany(File.ReadLines).Select(l => l.Trim()).Where(l => l.Length > 0)];
    }

    [Fact]
    public void Map_SaysWhichUpstreamVersionItTracks()
    {
        Assert.Contains("tracks **upstream Starlette 1.6.0**", File.ReadAllText(MapPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Map_EveryStatus_IsPendingCoveredOrNotApplicableWithReason()
    {
        Assert.All(Rows(), row => Assert.Matches(@"^(pending|covered by `.+|n/a: \S.+)$", row.Status));
    }

    [Fact]
    public void Map_EveryCoveringTest_ExistsInTheTestSources()
    {
        var sources = string.Join("\n", Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var missing = Rows()
            .Where(r => r.Status.StartsWith("covered by", StringComparison.Ordinal))
            .SelectMany(r => NamePattern().Matches(r.Status).Select(m => m.Groups["name"].Value.Split('.')[^1]))
            .Where(method => !Regex.IsMatch(sources, $@"\b(void|Task)\s+{Regex.Escape(method)}\s*\("))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Map_Totals_MatchTheRows()
    {
        var rows = Rows();
        int Count(string prefix) => rows.Count(r => r.Status.StartsWith(prefix, StringComparison.Ordinal));
        var expected = $"Totals: {rows.Count} tests; {Count("covered")} covered, {Count("n/a")} n/a, {Count("pending")} pending.";

        Assert.Contains(expected, File.ReadAllText(MapPath), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\| `(?<test>[^`]+)` \| (?<status>.+) \|$")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"`(?<name>[A-Za-z0-9.]*_[A-Za-z0-9_.]*)`")]
    private static partial Regex NamePattern();
}
