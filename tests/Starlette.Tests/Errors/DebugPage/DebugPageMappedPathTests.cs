namespace Starlette.Tests.Errors.DebugPage;

/// <summary>Source lines for a frame whose PDB path a deterministic CI build mapped to <c>/_/</c>: found under the current directory's parents.</summary>
public sealed class DebugPageMappedPathTests
{
    [Fact]
    public async Task Html_FrameWithMappedCiPath_SourceFoundUnderTheRepository()
    {
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(ThrowFromMappedPath));

        Assert.Contains("File <span class=\"frame-filename\">/_/tests/Starlette.Tests/Errors/DebugPage/DebugPageClient.cs</span>, line <i>1</i>", html);
        Assert.Matches("<span class=\"frame-line center-line\"><span class=\"lineno\">1\\.</span>using Starlette.Testing;</span>", html);
    }

    [Fact]
    public async Task Html_FrameWithMappedPathToNoFile_TitleOnly()
    {
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(ThrowFromMissingPath));

        Assert.Contains("<div class=\"frame\"><p class=\"frame-title\">File <span class=\"frame-filename\">/_/no/such/File.cs</span>, line <i>3</i>", html);
    }

    private static void ThrowFromMappedPath()
    {
#line 1 "/_/tests/Starlette.Tests/Errors/DebugPage/DebugPageClient.cs"
        throw new InvalidOperationException("mapped");
#line default
    }

    private static void ThrowFromMissingPath()
    {
#line 3 "/_/no/such/File.cs"
        throw new InvalidOperationException("missing");
#line default
    }
}
