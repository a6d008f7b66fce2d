using Starlette.Hosting.Kestrel.Tests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing.Support.Browser;

namespace Starlette.Reliability.Tests.Browser;

/// <summary>A page served by the Kestrel host, in a real headless browser: script, fetch and a WebSocket round trip.</summary>
public class BrowserPageTests
{
    private const string Page = """
        <!doctype html>
        <html><body><p id="out">waiting</p>
        <script>
          const out = document.getElementById('out');
          fetch('/api').then(r => r.text()).then(text => {
            const ws = new WebSocket(`ws://${location.host}/ws`);
            ws.onopen = () => ws.send(text);
            ws.onmessage = event => { out.textContent = event.data; ws.close(); };
          });
        </script></body></html>
        """;

    private static Router App() => new(
    [
        new Route("/", _ => new HtmlResponse(Page)),
        new Route("/api", _ => new PlainTextResponse("from fetch")),
        new WebSocketRoute("/ws", async socket =>
        {
            await socket.AcceptAsync();
            var text = await socket.ReceiveTextAsync();
            await socket.SendTextAsync($"echo: {text}");
            await socket.CloseAsync();
        }),
    ]);

    [SkippableFact]
    public async Task Page_InChromium_RunsScriptFetchAndWebSocketAgainstKestrel()
    {
        await using var host = await KestrelHost.StartAsync(App());
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();

        await page.GoToAsync(host.Address.ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('out').textContent.startsWith('echo')", new PuppeteerSharp.WaitForFunctionOptions { Timeout = 30_000 });

        Assert.Equal("echo: from fetch", await page.EvaluateExpressionAsync<string>("document.getElementById('out').textContent"));
        await page.ScreenshotAsync(HeadlessChromium.ScreenshotPath("kestrel-websocket-page.png"));
    }
}
