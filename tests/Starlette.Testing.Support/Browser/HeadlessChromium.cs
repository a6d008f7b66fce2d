using PuppeteerSharp;
using Starlette.Testing.Support.External;

namespace Starlette.Testing.Support.Browser;

/// <summary>
/// Debian's <c>chromium</c>, headless, driven by PuppeteerSharp (the DevTools protocol, no bundled browser download).
/// A missing browser skips the test with a message naming the package (a failure under <c>CI=true</c>).
/// </summary>
public static class HeadlessChromium
{
    /// <summary>Starts a headless browser; dispose it (<c>await using</c>) to stop the process.</summary>
    /// <returns>The browser.</returns>
    public static Task<IBrowser> LaunchAsync()
    {
        var executable = RequiredTool.TryFind("chromium") ?? RequiredTool.Find("chromium-browser", "chromium");
        return Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Timeout = 60_000,
            // Root in a container has no user namespaces for the sandbox; /dev/shm may be tiny.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check"],
        });
    }

    /// <summary>Where a test saves a screenshot: <c>artifacts/screenshots/&lt;fileName&gt;</c> (folder created).</summary>
    /// <param name="fileName">The file's name, e.g. <c>debug-page.png</c>.</param>
    /// <returns>The full path.</returns>
    public static string ScreenshotPath(string fileName) => Path.Combine(RepositoryPaths.Artifacts("screenshots"), fileName);
}
