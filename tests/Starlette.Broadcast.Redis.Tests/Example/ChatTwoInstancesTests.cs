using ChatExample;
using PuppeteerSharp;
using Starlette.Hosting.Kestrel;
using Starlette.Testing.Support.Browser;

namespace Starlette.Broadcast.Redis.Tests.Example;

/// <summary>
/// examples/Chat as its README runs it: two Kestrel hosts (two ports) share one real redis-server; headless
/// Chromium opens one page per instance, and what is typed in one page appears in the other, both ways, over
/// WebSocket and over the server-sent-events fallback (<c>?transport=sse</c>).
/// </summary>
public class ChatTwoInstancesTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    // Poll on a timer: the default (requestAnimationFrame) never fires in a page that is not the front tab.
    private static readonly WaitForFunctionOptions Patience = new() { Timeout = 30_000, PollingInterval = 50 };

    [SkippableFact]
    public async Task TwoInstancesOnOneRedis_MessageTypedInOnePage_AppearsInTheOther()
    {
        var server = await redis.GetAsync();
        await using var a = await StartAsync(server.Url);
        await using var b = await StartAsync(server.Url);
        Assert.NotEqual(a.Addresses[0].Port, b.Addresses[0].Port);
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page1 = await OpenAsync(browser, a, "", "websocket");
        await using var page2 = await OpenAsync(browser, b, "", "websocket");
        await using var page3 = await OpenAsync(browser, b, "?transport=sse", "sse");

        await SayAsync(page1, "ada", "hello from instance A <img src=x onerror=alert(1)>");
        await WaitForAsync(page2, "hello from instance A");
        await SayAsync(page2, "bob", "hello back from instance B");
        await WaitForAsync(page1, "hello back from instance B");
        await WaitForAsync(page3, "hello back from instance B");
        await SayAsync(page3, "sse", "typed on the events page");
        await WaitForAsync(page1, "typed on the events page");
        await WaitForAsync(page2, "typed on the events page");
        await page2.ScreenshotAsync(HeadlessChromium.ScreenshotPath("chat-two-instances.png"));

        Assert.Equal(
            ["adahello from instance A <img src=x onerror=alert(1)>", "bobhello back from instance B", "ssetyped on the events page"],
            await page2.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#messages li')].map(li => li.textContent)"));
        Assert.Equal(0, await page2.EvaluateExpressionAsync<int>("document.querySelectorAll('#messages img').length"));
        Assert.Equal("", await page1.EvaluateExpressionAsync<string>("document.getElementById('error').textContent"));
    }

    private static Task<AsgiServer> StartAsync(string redisUrl) =>
        AsgiServer.StartAsync(
            ChatApp.Create(new Broadcast(new RedisBroadcastBackend(redisUrl))).ToApp(),
            new AsgiServerOptions { Port = 0, AccessLog = false, ShutdownTimeout = TimeSpan.FromSeconds(2) });

    private static async Task<IPage> OpenAsync(IBrowser browser, AsgiServer server, string query, string transport)
    {
        var page = await browser.NewPageAsync();
        await page.GoToAsync(new Uri(server.Addresses[0], "/" + query).ToString());
        await page.WaitForFunctionAsync($"() => document.body.dataset.ready === 'true' && document.body.dataset.transport === '{transport}'", Patience);
        return page;
    }

    private static async Task SayAsync(IPage page, string name, string text)
    {
        await page.EvaluateFunctionAsync("name => { document.getElementById('name').value = name; }", name);
        await page.TypeAsync("#text", text);
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task WaitForAsync(IPage page, string text)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "text => [...document.querySelectorAll('#messages li')].some(li => li.textContent.includes(text))", Patience, text);
        }
        catch (WaitTaskTimeoutException error)
        {
            // Say what the page shows, so a failure can be read from the log.
            var state = await page.EvaluateExpressionAsync<string>(
                "JSON.stringify({ url: location.href, status: document.getElementById('status').textContent, error: document.getElementById('error').textContent, messages: [...document.querySelectorAll('#messages li')].map(li => li.textContent) })");
            throw new TimeoutException($"'{text}' did not appear within 30 s; the page shows {state}", error);
        }
    }
}
