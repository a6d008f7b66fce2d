using Starlette.Testing;

namespace Starlette.Tests.Middleware;

public sealed class MiddlewareDescriptorTests
{
    private sealed record CustomOptions(string Foo, int Bar);

    private static Types.Middleware Custom(CustomOptions options) =>
        new("CustomMiddleware", next => (scope, receive, send) => next(scope, receive, send), options);

    [Fact]
    public void ToString_NameAndOptions()
    {
        var middleware = Custom(new CustomOptions("foo", 123));
        Assert.Equal("Middleware(CustomMiddleware, CustomOptions { Foo = foo, Bar = 123 })", middleware.ToString());
        Assert.Equal("Middleware(ServerErrorMiddleware)", ServerErrorMiddleware.Create().ToString());
    } // upstream test_middleware_repr

    [Fact]
    public async Task Parts_NameOptionsAndFactory()
    {
        var options = new CustomOptions("foo", 123);
        var middleware = Custom(options);
        Assert.Equal("CustomMiddleware", middleware.Name);
        Assert.Same(options, middleware.Options);
        var called = false;
        var app = middleware.Wrap((_, _, _) =>
        {
            called = true;
            return ValueTask.CompletedTask;
        });
        using var client = new TestClient(app, new TestClientOptions { RaiseServerExceptions = false });
        await client.GetAsync("/");
        Assert.True(called);
    } // upstream test_middleware_iter
}
