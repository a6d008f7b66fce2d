using Microsoft.Extensions.DependencyInjection;
using Starlette.Responses;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Api;

public class ServicesTests
{
    [Fact]
    public async Task Get_ScopedService_IsOnePerRequestAndDisposedAfterResponseAndBackgroundTasks()
    {
        var log = new List<string>();
        var services = new ServiceCollection().AddSingleton(log).AddScoped<Counter>().BuildServiceProvider();
        var api = new TypedApi(new TypedApiOptions { Services = services });
        api.Get("/count", (Counter first, [FromServices] Counter second) =>
        {
            first.Value++;
            second.Value++;
            var response = new PlainTextResponse(second.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            response.Background = new BackgroundTask(() => log.Add("background, disposed=" + first.Disposed));
            return response;
        });
        using var client = Client(api);

        var one = await client.GetStringAsync("/count");
        var two = await client.GetStringAsync("/count");

        Assert.Equal("2", one);
        Assert.Equal("2", two);
        Assert.Equal(["background, disposed=False", "disposed", "background, disposed=False", "disposed"], log);
    }

    [Fact]
    public async Task Get_ServiceProviderParameter_IsTheRequestScope()
    {
        var services = new ServiceCollection().AddSingleton(new List<string>()).AddScoped<Counter>().BuildServiceProvider();
        var api = new TypedApi(new TypedApiOptions { Services = services });
        api.Get("/sp", (IServiceProvider provider, Counter counter) => ReferenceEquals(provider.GetRequiredService<Counter>(), counter));
        using var client = Client(api);

        Assert.Equal("true", await client.GetStringAsync("/sp"));
    }

    [Fact]
    public async Task Get_UnregisteredFromServices_IsAServerError()
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var api = new TypedApi(new TypedApiOptions { Services = services });
        api.Get("/x", ([FromServices] Counter counter) => counter.Value);
        using var client = Client(api);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/x"));
        Assert.Contains("No service of type", error.Message);
    }

    [Fact]
    public async Task Get_WithoutServiceProvider_ComplexParameterIsTheBody()
    {
        var api = new TypedApi();
        api.Post("/x", (Todo todo) => todo.Title);
        using var client = Client(api);

        Assert.Equal("\"a\"", await (await client.PostAsync("/x", Json("""{"title":"a"}"""))).Content.ReadAsStringAsync());
    }

    public sealed class Counter(List<string> log) : IAsyncDisposable
    {
        public int Value { get; set; }

        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            log.Add("disposed");
            return ValueTask.CompletedTask;
        }
    }
}
