using System.Reflection;

namespace Starlette.Repository.Tests;

public class PublicApiTests
{
    private const string UpdateVariable = "STARLETTE_UPDATE_API";

    public static TheoryData<string> Packages => new(RepoPaths.PackageIds);

    [Theory]
    [MemberData(nameof(Packages))]
    public void Listing_Package_MatchesCommittedFile(string packageId)
    {
        var assembly = Assembly.Load(new AssemblyName(packageId));
        var listingPath = Path.Combine(RepoPaths.Packages, packageId, "PublicAPI.txt");
        var actual = PublicApiListing.Generate(assembly);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            File.WriteAllText(listingPath, actual);

        var expected = File.Exists(listingPath) ? File.ReadAllText(listingPath).ReplaceLineEndings("\n") : "";
        if (expected == actual) return;

        var before = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var after = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var diff = before.Except(after).Select(line => "- " + line).Concat(after.Except(before).Select(line => "+ " + line));
        Assert.Fail(
            $"The public API of {packageId} changed but packages/{packageId}/PublicAPI.txt was not updated.\n" +
            $"Review the change below, then run: {UpdateVariable}=1 dotnet test tests/Starlette.Repository.Tests\n" +
            string.Join("\n", diff));
    }

    [Fact]
    public void Listing_EveryPackage_IsReferencedByThisTestProject()
    {
        var missing = RepoPaths.PackageIds.Where(id =>
        {
            try { Assembly.Load(new AssemblyName(id)); return false; }
            catch (FileNotFoundException) { return true; }
        });

        Assert.Empty(missing);
    }

    [Fact]
    public void Generate_ChangedSurface_ShowsTheMember()
    {
        var listing = PublicApiListing.Generate(typeof(Starlette.Types.Scope).Assembly);

        Assert.Contains("public sealed class Starlette.Types.Scope", listing, StringComparison.Ordinal);
        Assert.Contains("    public string? RawPath { get; set; }", listing, StringComparison.Ordinal);
        Assert.Contains("    public const int Http200OK = 200", listing, StringComparison.Ordinal);
        Assert.Contains("public delegate System.Threading.Tasks.ValueTask Starlette.Types.AsgiApp(Starlette.Types.Scope scope, Starlette.Types.Receive receive, Starlette.Types.Send send)", listing, StringComparison.Ordinal);
    }
}
