namespace Starlette.Types.Tests;

public class MiddlewareTests
{
    private static readonly AsgiApp Inner = (scope, receive, send) => ValueTask.CompletedTask;

    [Fact]
    public async Task Wrap_CallsFactoryWithNextApp()
    {
        var calls = new List<string>();
        var middleware = new Middleware("Trace", next => async (scope, receive, send) =>
        {
            calls.Add("before");
            await next(scope, receive, send);
            calls.Add("after");
        });

        var app = middleware.Wrap((scope, receive, send) => { calls.Add("app"); return ValueTask.CompletedTask; });
        await app(new Scope(ScopeType.Http), () => default, _ => default);

        Assert.Equal(["before", "app", "after"], calls);
    }

    [Fact]
    public void ToString_WithoutOptions_ShowsName()
    {
        Assert.Equal("Middleware(Trace)", new Middleware("Trace", next => next).ToString());
    }

    [Fact]
    public void ToString_WithOptions_ShowsNameAndOptions()
    {
        var middleware = new Middleware("Cors", next => next, new { AllowOrigins = "*" });

        Assert.Equal("Middleware(Cors, { AllowOrigins = * })", middleware.ToString());
        Assert.NotNull(middleware.Options);
    }

    [Fact]
    public void Wrap_FactoryReturnsNull_ThrowsNamingMiddleware()
    {
        var middleware = new Middleware("Broken", _ => null!);

        var error = Assert.Throws<InvalidOperationException>(() => middleware.Wrap(Inner));
        Assert.Equal("Middleware 'Broken' returned no app.", error.Message);
    }

    [Fact]
    public void Constructor_MissingArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Middleware("", next => next));
        Assert.Throws<ArgumentNullException>(() => new Middleware("X", null!));
        Assert.Throws<ArgumentNullException>(() => new Middleware("X", next => next).Wrap(null!));
    }
}
