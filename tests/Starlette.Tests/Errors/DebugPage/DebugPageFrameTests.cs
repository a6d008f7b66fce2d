using System.Text.RegularExpressions;

namespace Starlette.Tests.Errors.DebugPage;

/// <summary>The debug page's frames: readable names, source lines around each frame, the failing line marked, one frame open.</summary>
public sealed partial class DebugPageFrameTests
{
    [Fact]
    public async Task Html_LambdaFrame_SourceLinesWithFailingLineMarked()
    {
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(() =>
        {
            var before = 1;
            throw new InvalidOperationException("marker <lambda>" + before);
        }));

        Assert.Matches(CenterLine("throw new InvalidOperationException(&quot;marker &lt;lambda&gt;&quot; + before);"), html);
        Assert.Contains("<span class=\"lineno\">", html);
        Assert.Contains("var before = 1;", html); // a line of context before the failing one
        Assert.Contains("in <b>Starlette.Tests.Errors.DebugPage.DebugPageFrameTests.Html_LambdaFrame_SourceLinesWithFailingLineMarked+lambda</b>", html);
        Assert.Contains($"File <span class=\"frame-filename\">{SourceFile()}</span>, line <i>", html);
    }

    [Fact]
    public async Task Html_AsyncMethods_NamedAsWrittenWithoutStateMachines()
    {
        var html = await DebugPageClient.GetHtmlAsync((_, _, _) => OuterAsync());

        Assert.Contains("in <b>Starlette.Tests.Errors.DebugPage.DebugPageFrameTests.InnerAsync</b>", html);
        Assert.Contains("in <b>Starlette.Tests.Errors.DebugPage.DebugPageFrameTests.OuterAsync</b>", html);
        Assert.DoesNotContain("MoveNext", html);
        Assert.DoesNotContain("d__", html);
        Assert.DoesNotContain("End of stack trace", html);
        Assert.DoesNotContain("TaskAwaiter", html);
        Assert.DoesNotContain("ExceptionDispatchInfo", html);
        // Innermost first, as upstream: the frame that threw comes before its caller.
        Assert.True(html.IndexOf(".InnerAsync</b>", StringComparison.Ordinal) < html.IndexOf(".OuterAsync</b>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_LocalFunctionAndGenericType_Named()
    {
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(() =>
        {
            Check();

            static void Check() => Thrower<int>.Throw();
        }));

        // The compiler names a local function after the method it is written in, lambdas between them left out.
        Assert.Contains("in <b>Starlette.Tests.Errors.DebugPage.DebugPageFrameTests.Html_LocalFunctionAndGenericType_Named+Check</b>", html);
        Assert.Contains("in <b>Starlette.Tests.Errors.DebugPage.Thrower.Throw</b>", html);
        Assert.DoesNotContain("g__", html);
        Assert.DoesNotContain("`1", html);
    }

    [Fact]
    public async Task Html_OnlyTheFirstFrameWithSourceIsOpen()
    {
        var html = await DebugPageClient.GetHtmlAsync((_, _, _) => OuterAsync());

        Assert.Equal(1, Regex.Count(html, "<details class=\"frame\" open>"));
        Assert.True(Regex.Count(html, "<details class=\"frame\">") >= 1);
        Assert.True(html.IndexOf("<details class=\"frame\" open>", StringComparison.Ordinal) < html.IndexOf("<details class=\"frame\">", StringComparison.Ordinal));
        Assert.Matches(CenterLine("throw new FormatException(&quot;inner failure&quot;);"), html);
    }

    [Fact]
    public async Task Html_FrameWithoutSource_TitleOnly()
    {
        // int.Parse fails inside the framework, whose source is not on this machine: its frames have no body.
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(() => int.Parse("x", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Matches("""<div class="frame"><p class="frame-title">in <b>System\.[^<]*Parse[^<]*</b></p></div>""", html);
        Assert.Contains("System.FormatException", html);
    }

    private static async ValueTask OuterAsync()
    {
        await Task.Yield();
        await InnerAsync();
    }

    private static async Task InnerAsync()
    {
        await Task.Yield();
        throw new FormatException("inner failure");
    }

    private static string CenterLine(string escapedSource) =>
        "<span class=\"frame-line center-line\"><span class=\"lineno\">\\d+\\.</span>\\s*" + Regex.Escape(escapedSource) + "</span>";

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}

internal static class Thrower<T>
{
    public static void Throw() => throw new NotSupportedException("not for " + typeof(T).Name);
}
