namespace Starlette.Repository.Tests;

/// <summary>tools/release.sh's arguments: help, and one clear error line for each bad input, never a bash error.</summary>
public class ReleaseScriptTests
{
    private static (int ExitCode, string Output) Release(params string[] arguments) =>
        ProcessRunner.Run(RepoPaths.Root, "bash", ["tools/release.sh", .. arguments]);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Release_Help_PrintsUsageAndSucceeds(string flag)
    {
        var (exitCode, output) = Release(flag);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Usage: tools/release.sh <Prefix> <semver> [--dry-run] [--push]", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: tag prefix 'Nope' matches no package.", "Nope", "1.0.0")]
    [InlineData("error: 'Types-1.0' is not a release tag of the form <Prefix>-<semver>", "Types", "1.0")]
    [InlineData("error: 'Types-01.0.0' is not a release tag of the form <Prefix>-<semver>", "Types", "01.0.0", "--dry-run")]
    [InlineData("error: '-1.0.0' is not a release tag", "", "1.0.0")]
    [InlineData("error: expected <Prefix> <semver>", "Types")]
    [InlineData("error: expected <Prefix> <semver>")]
    [InlineData("error: expected <Prefix> <semver>", "Types", "1.0.0", "extra")]
    [InlineData("error: unknown option '--force'", "Types", "1.0.0", "--force")]
    public void Release_BadArguments_OneErrorLine(string error, params string[] arguments)
    {
        var (exitCode, output) = Release(arguments);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(error, line, StringComparison.Ordinal);
    }
}
