namespace Starlette.Repository.Tests;

/// <summary>
/// The sibling release rule end to end (build/README.md): a throwaway repository where Types and Datastructures
/// were released as 0.1.0 two commits back and Routing (which references both) changed since.
/// </summary>
public sealed class SiblingReleaseTests : IDisposable
{
    private readonly ThrowawayRepo _repo = new();

    public SiblingReleaseTests()
    {
        _repo.AddPackage("Starlette.Types");
        _repo.AddPackage("Starlette.Datastructures", "Starlette.Types");
        _repo.AddPackage("Starlette.Routing", "Starlette.Types", "Starlette.Datastructures");
        _repo.Commit("packages");
        _repo.Tag("Types-0.1.0");
        _repo.Tag("Datastructures-0.1.0");
        _repo.Touch("Starlette.Routing");
        _repo.Commit("routing work");
        _repo.Touch("Starlette.Routing");
        _repo.Commit("more routing work");
    }

    [Fact]
    public void Pack_ReleaseTaggedAfterUntouchedSiblingReleases_DependsOnEachSiblingsRelease()
    {
        _repo.Tag("Routing-0.3.0");

        _repo.Pack("Starlette.Routing");

        Assert.Equal(
            ["Starlette.Datastructures [0.1.0, 1.0.0)", "Starlette.Types [0.1.0, 1.0.0)"],
            Nuspec.Dependencies(_repo.PackedPath("Starlette.Routing.0.3.0.nupkg")));
    }

    [Fact]
    public void Release_SiblingChangedSinceItsRelease_IsRefusedNamingItAndPublishPackFailsAlike()
    {
        _repo.Touch("Starlette.Types");
        _repo.Commit("types work");
        const string Refusal = "Starlette.Types changed since its release Types-0.1.0 (it builds as 0.1.1-alpha.0.3 now): " +
            "release it first (tools/release.sh Types 0.1.1), then Starlette.Routing 0.3.0.";

        var (exitCode, output) = _repo.Release("Routing", "0.3.0");

        Assert.Equal(1, exitCode);
        Assert.Equal("error: " + Refusal, output.Trim());
        Assert.DoesNotContain("Routing-0.3.0", _repo.Tags());
        // What publish.yml runs once the tag is pushed anyway: the same rule fails the pack.
        _repo.Tag("Routing-0.3.0");
        var (packExit, packOutput) = _repo.TryPack("Starlette.Routing");
        Assert.NotEqual(0, packExit);
        Assert.Contains("error STARLETTE0001: " + Refusal, packOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_SiblingsReleasedInOrder_EachDryRunPrintsItsPlan()
    {
        _repo.Touch("Starlette.Types");
        _repo.Commit("types work");

        var types = _repo.Release("Types", "0.1.1", "--dry-run");
        _repo.Tag("Types-0.1.1"); // what release.sh does after its checks
        var routing = _repo.Release("Routing", "0.3.0", "--dry-run");

        Assert.Equal((0, "tag: Types-0.1.1\nversion: Starlette.Types 0.1.1\nvalidated against: 0.1.0\ndependency: (no sibling packages)\n" +
            "dry run: nothing built, tagged or pushed."), (types.ExitCode, types.Output.Trim()));
        Assert.Equal((0, "tag: Routing-0.3.0\nversion: Starlette.Routing 0.3.0\nvalidated against: (no earlier release)\n" +
            "dependency: Starlette.Datastructures [0.1.0, 1.0.0)\ndependency: Starlette.Types [0.1.1, 1.0.0)\n" +
            "dry run: nothing built, tagged or pushed."), (routing.ExitCode, routing.Output.Trim()));
        Assert.DoesNotContain("Routing-0.3.0", _repo.Tags());
    }

    [Fact]
    public void Release_PreReleaseWithChangedSibling_DependsOnTheSiblingsCurrentPreRelease()
    {
        _repo.Touch("Starlette.Types");
        _repo.Commit("types work");

        var (exitCode, output) = _repo.Release("Routing", "0.3.0-beta.1", "--dry-run");

        Assert.Equal(0, exitCode);
        Assert.Contains("dependency: Starlette.Types [0.1.1-alpha.0.3, 1.0.0)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_SiblingNeverReleased_IsRefusedWithTheCommandToReleaseIt()
    {
        _repo.AddPackage("Starlette.Requests", "Starlette.Types");
        _repo.AddPackage("Starlette.WebSockets", "Starlette.Requests");
        _repo.Commit("requests and websockets");

        var (exitCode, output) = _repo.Release("WebSockets", "0.1.0");

        Assert.Equal(1, exitCode);
        Assert.Equal("error: Starlette.Requests was never released (it builds as 0.0.0-alpha.0.3 now): " +
            "release it first (tools/release.sh Requests 0.1.0), then Starlette.WebSockets 0.1.0.", output.Trim());
    }

    [Fact]
    public void Release_DirtyTree_IsRefused()
    {
        _repo.Touch("Starlette.Types");

        var (exitCode, output) = _repo.Release("Types", "0.2.0", "--dry-run");

        Assert.Equal((1, "error: the working tree has uncommitted changes; release from a clean checkout (git status)."), (exitCode, output.Trim()));
    }

    [Fact]
    public void Release_TagExists_IsRefused()
    {
        var (exitCode, output) = _repo.Release("Types", "0.1.0", "--dry-run");

        Assert.Equal((1, "error: tag Types-0.1.0 already exists (Starlette.Types 0.1.0 is released); pick a new version."), (exitCode, output.Trim()));
    }

    [Theory]
    [InlineData("0.3.0", "0.1.10")]
    [InlineData("0.1.10", "0.1.9")]
    [InlineData("0.1.9-beta.1", "0.1.0")]
    [InlineData("0.1.0", "")]
    public void BaselineVersion_EarlierStableTags_IsTheHighestBelowTheRelease(string version, string baseline)
    {
        foreach (var tag in new[] { "Types-0.1.9", "Types-0.1.10", "Types-0.2.0-beta.1", "Types-junk", "Datastructures-0.2.5" })
            _repo.Tag(tag);

        var output = ProcessRunner.Check(_repo.Root, "bash", "tools/baseline-version.sh", "Types", version);

        Assert.Equal(baseline, output.Trim());
    }

    public void Dispose() => _repo.Dispose();
}
