using PuppeteerSharp;
using Starlette.Testing.Support.Browser;

namespace Starlette.Tests.Errors.DebugPage;

/// <summary>The debug page in headless Chromium: source lines rendered, frames folding and unfolding.</summary>
public sealed class DebugPageBrowserTests
{
    [SkippableFact]
    public async Task Html_InChromium_ShowsSourceLinesAndFramesFold()
    {
        var html = await DebugPageClient.GetHtmlAsync((_, _, _) => HandlerAsync(), "/orders/7?expand=lines");
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 1000 });
        await page.SetContentAsync(html);

        // The open frame shows its source, the failing line marked and visible.
        var marked = await page.EvaluateExpressionAsync<string>("document.querySelector('details[open] .center-line').innerText");
        Assert.Contains("throw new InvalidOperationException($\"order {id} has no lines\");", marked);
        Assert.True(await IsVisibleAsync(page, "details[open] .center-line"));

        // A folded frame hides its source until its title is clicked, and folds again on a second click.
        const string Folded = "details.frame:not([open])";
        Assert.True(await page.EvaluateExpressionAsync<int>($"document.querySelectorAll('{Folded}').length") >= 1);
        await page.EvaluateExpressionAsync($"document.querySelector('{Folded}').id = 'probe'");
        Assert.False(await IsVisibleAsync(page, "#probe .source-code"));
        await page.ClickAsync("#probe > summary");
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('probe').open"));
        Assert.True(await IsVisibleAsync(page, "#probe .source-code"));
        await page.ClickAsync("#probe > summary");
        Assert.False(await IsVisibleAsync(page, "#probe .source-code"));

        await page.ClickAsync("#probe > summary"); // open for the screenshot: two frames with source lines
        await page.ScreenshotAsync(HeadlessChromium.ScreenshotPath("debug-page.png"), new ScreenshotOptions { FullPage = true });
    }

    // checkVisibility: a folded <details> keeps its content laid out under content-visibility: hidden.
    private static Task<bool> IsVisibleAsync(IPage page, string selector) =>
        page.EvaluateExpressionAsync<bool>($"(() => {{ const e = document.querySelector('{selector}'); return !!e && e.checkVisibility(); }})()");

    private static async ValueTask HandlerAsync()
    {
        await Task.Yield();
        LoadOrder(7);
    }

    private static void LoadOrder(int id)
    {
        if (id > 0) throw new InvalidOperationException($"order {id} has no lines");
    }
}
