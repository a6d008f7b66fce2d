namespace Starlette.Repository.Tests;

public sealed class VersioningTests : IDisposable
{
    private readonly ThrowawayRepo _repo = new();

    public VersioningTests()
    {
        _repo.AddPackage("Starlette.Types");
        _repo.AddPackage("Starlette.Routing", "Starlette.Types");
        _repo.AddPackage("Starlette.Config", "Starlette.Types");
        _repo.Commit("first");
        _repo.Commit("second");
    }

    [Fact]
    public void Pack_TaggedPackages_StampsTagVersionsOnThoseAndHeightOnUntagged()
    {
        _repo.Tag("Types-0.1.0");
        _repo.Tag("Routing-0.2.0");

        _repo.Pack("Starlette.Types");
        _repo.Pack("Starlette.Routing");
        _repo.Pack("Starlette.Config");

        Assert.Equal(
            [
                "Starlette.Config.0.0.0-alpha.0.1.nupkg", "Starlette.Config.0.0.0-alpha.0.1.snupkg",
                "Starlette.Routing.0.2.0.nupkg", "Starlette.Routing.0.2.0.snupkg",
                "Starlette.Types.0.1.0.nupkg", "Starlette.Types.0.1.0.snupkg",
            ],
            _repo.PackedFiles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pack_SiblingReference_BecomesDependencyBelowNextMajor()
    {
        _repo.Tag("Types-0.1.0");
        _repo.Tag("Routing-0.2.0");

        _repo.Pack("Starlette.Routing");

        var nupkg = _repo.PackedPath("Starlette.Routing.0.2.0.nupkg");
        Assert.Equal(["Starlette.Types [0.1.0, 1.0.0)"], Nuspec.Dependencies(nupkg));
        var nuspec = Nuspec.Read(nupkg);
        Assert.Equal("BSD-3-Clause", Nuspec.Element(nuspec, "license"));
        Assert.Equal("README.md", Nuspec.Element(nuspec, "readme"));
    }

    [Fact]
    public void Version_CommitsAfterRtmTag_IsNextPatchAlphaWithHeight()
    {
        _repo.Tag("Types-0.1.0");
        _repo.Commit("third");
        _repo.Commit("fourth");

        Assert.Equal("0.1.1-alpha.0.2", _repo.Version("Starlette.Types"));
    }

    [Fact]
    public void Version_CommitsAfterPreReleaseTag_AppendsHeight()
    {
        _repo.Tag("Config-1.0.0-beta.1");
        _repo.Commit("third");

        Assert.Equal("1.0.0-beta.1.1", _repo.Version("Starlette.Config"));
        Assert.Equal("0.0.0-alpha.0.2", _repo.Version("Starlette.Types"));
    }

    [Fact]
    public void Version_SeveralTags_TakesHighestAndIgnoresOtherPrefixesAndJunk()
    {
        _repo.Tag("Types-0.1.0");
        _repo.Tag("Types-0.3.0-rc.1");
        _repo.Tag("Types-0.2.0");
        _repo.Tag("Types-not-a-version");
        _repo.Tag("Routing-9.0.0");

        Assert.Equal("0.3.0-rc.1", _repo.Version("Starlette.Types"));
    }

    public void Dispose() => _repo.Dispose();
}
