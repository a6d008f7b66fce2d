namespace Starlette.Repository.Tests;

/// <summary>
/// Public API tracking by Microsoft.CodeAnalysis.PublicApiAnalyzers: each package lists its API in PublicAPI.Shipped.txt
/// (released) and PublicAPI.Unshipped.txt (since the last release); an unlisted public member fails the build (RS0016)
/// until tools/update-public-api.sh adds it.
/// </summary>
public class PublicApiFilesTests
{
    public static TheoryData<string> Packages => new(RepoPaths.PackageIds.Where(id => id != "Starlette.Templates"));

    [Theory]
    [MemberData(nameof(Packages))]
    public void Files_Package_HasShippedAndUnshippedListsWithNullableHeader(string packageId)
    {
        foreach (var name in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            var path = Path.Combine(RepoPaths.Packages, packageId, name);
            Assert.True(File.Exists(path), $"packages/{packageId}/{name} is missing.");
            Assert.Equal("#nullable enable", File.ReadLines(path).First());
        }
    }

    [Fact]
    public void Build_UnlistedPublicMember_FailsUntilUpdateScriptListsIt()
    {
        using var repo = new ThrowawayRepo();
        repo.AddPackage("Starlette.Types");
        File.WriteAllText(Path.Combine(repo.Root, "packages", "Starlette.Types", "Extra.cs"),
            "namespace Starlette.Types;\n\n/// <summary>New.</summary>\npublic static class Extra\n{\n" +
            "    /// <summary>New too.</summary>\n    public static int Answer(string? question) => 42;\n}\n");
        var unshipped = Path.Combine(repo.Root, "packages", "Starlette.Types", "PublicAPI.Unshipped.txt");

        var (failedExit, failedOutput) = repo.TryBuild("Starlette.Types");
        ProcessRunner.Check(repo.Root, "bash", "tools/update-public-api.sh", "Starlette.Types");
        var (exitCode, output) = repo.TryBuild("Starlette.Types");

        Assert.NotEqual(0, failedExit);
        Assert.Contains("error RS0016: Symbol 'static Starlette.Types.Extra.Answer(string? question) -> int' is not part of the declared public API", failedOutput, StringComparison.Ordinal);
        Assert.True(exitCode == 0, output);
        Assert.Equal(
            ["#nullable enable", "Starlette.Types.Extra", "Starlette.Types.Marker", "static Starlette.Types.Extra.Answer(string? question) -> int"],
            File.ReadAllLines(unshipped).Where(line => line.Length > 0).Order(StringComparer.Ordinal));
    }
}
