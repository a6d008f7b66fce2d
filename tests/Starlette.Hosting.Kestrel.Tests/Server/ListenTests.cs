using Starlette.Hosting.Contract;
using Starlette.Types;
using static Starlette.Hosting.Kestrel.Tests.HostedApps;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>The addresses the server binds, from Host or Urls, and the options it refuses.</summary>
public class ListenTests
{
    [Theory]
    [InlineData("localhost", "127.0.0.1")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("", "0.0.0.0")]
    public async Task Host_NameOrAnyAddress_BindsTheMatchingInterface(string name, string bound)
    {
        await using var host = await KestrelHost.StartAsync(Text(_ => "ok"), o => o.Host = name);

        Assert.Equal(bound, host.Address.Host);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{host.Address.Port}") };
        Assert.Equal("ok", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Host_NotAnAddress_FailsClearly()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => KestrelHost.StartAsync(Text(_ => ""), o => o.Host = "example.com"));

        Assert.Contains("'example.com' is not an IP address or localhost.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Urls_HttpsWithoutCertificate_FailsClearly()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => KestrelHost.StartAsync(Text(_ => ""), o => o.Urls.Add("https://127.0.0.1:0")));

        Assert.Contains("'https://127.0.0.1:0' needs a certificate: set CertificatePath or UseDevelopmentCertificate.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProxyHeaders_EveryHopTrusted_ClientIsTheFirst()
    {
        await using var host = await KestrelHost.StartAsync(Text(scope => $"{scope.Client}"), o => { o.ForwardedAllowIps.Clear(); o.ForwardedAllowIps.Add("*"); });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-For", "198.51.100.1, 198.51.100.2");

        Assert.Equal("198.51.100.1:0", await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Headers_EnumeratedWithoutGenerics_SameHeaders()
    {
        await using var host = await KestrelHost.StartAsync(Http((scope, _, send) =>
        {
            var names = new List<string>();
            foreach (var header in (System.Collections.IEnumerable)scope.Headers) names.Add(((HttpHeader)header).Name);
            return Apps.TextAsync(send, string.Join(',', names.Where(name => name.StartsWith("x-", StringComparison.Ordinal))));
        }));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-One", "1");
        request.Headers.Add("X-Two", "2");

        Assert.Equal("x-one,x-two", await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync());
    }
}
