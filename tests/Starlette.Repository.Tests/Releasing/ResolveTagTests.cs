namespace Starlette.Repository.Tests;

public class ResolveTagTests
{
    private static (int ExitCode, string Output) Resolve(string tag) =>
        ProcessRunner.Run(RepoPaths.Root, "bash", "tools/resolve-tag.sh", tag);

    [Theory]
    [InlineData("Types-0.1.0", "Starlette.Types", "0.1.0")]
    [InlineData("refs/tags/Types-1.2.3-beta.4", "Starlette.Types", "1.2.3-beta.4")]
    public void ResolveTag_PackageTag_NamesExactlyThatPackage(string tag, string id, string version)
    {
        var (exitCode, output) = Resolve(tag);

        Assert.Equal(0, exitCode);
        Assert.Equal([id, $"packages/{id}/{id}.csproj", version], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("Nope-1.0.0", "matches no package")]
    [InlineData("Types-1.0", "is not a release tag")]
    [InlineData("Types", "is not a release tag")]
    [InlineData("v1.0.0", "is not a release tag")]
    public void ResolveTag_TagMatchingNoPackage_IsRefused(string tag, string error)
    {
        var (exitCode, output) = Resolve(tag);

        Assert.Equal(1, exitCode);
        Assert.Contains(error, output, StringComparison.Ordinal);
    }
}
