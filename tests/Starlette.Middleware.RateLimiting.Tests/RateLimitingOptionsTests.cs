using Starlette.Types;
using static Starlette.Middleware.RateLimiting.Tests.Harness;

namespace Starlette.Middleware.RateLimiting.Tests;

public class RateLimitingOptionsTests
{
    [Fact]
    public void Wrap_NoLimiter_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => RateLimitingMiddleware.Wrap(Ok, new RateLimitingOptions()));
        Assert.Contains("Limiter must be set", error.Message);
    }

    [Theory]
    [InlineData(200, 1013)]
    [InlineData(600, 1013)]
    [InlineData(429, 999)]
    [InlineData(429, 5000)]
    public void Create_OutOfRangeCodes_Throw(int status, int closeCode)
    {
        using var limiter = ScopeRateLimiters.FixedWindow(_ => "all", PerHour(1));
        Assert.Throws<ArgumentException>(() => RateLimitingMiddleware.Create(new RateLimitingOptions
        {
            Limiter = limiter,
            RejectionStatusCode = status,
            WebSocketRejectionCloseCode = closeCode,
        }));
    }

    [Fact]
    public void Create_Descriptor_NamedWithOptions()
    {
        using var limiter = ScopeRateLimiters.FixedWindow(_ => "all", PerHour(1));
        var options = new RateLimitingOptions { Limiter = limiter };
        var descriptor = RateLimitingMiddleware.Create(options);
        Assert.Equal("RateLimitingMiddleware", descriptor.Name);
        Assert.Same(options, descriptor.Options);
        Assert.NotNull(descriptor.Wrap(Ok));
        Assert.Contains("RejectionStatusCode = 429", options.ToString());
        Assert.Contains("Limiter = none", new RateLimitingOptions().ToString());
    }

    [Fact]
    public void Arguments_Null_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => RateLimitingMiddleware.Wrap(null!, new RateLimitingOptions()));
        Assert.Throws<ArgumentNullException>(() => RateLimitingMiddleware.Create(null!));
        Assert.Throws<ArgumentNullException>(() => ScopeRateLimiters.FixedWindow(null!, PerHour(1)));
        Assert.Throws<ArgumentNullException>(() => ScopeRateLimiters.Concurrency(_ => "", null!));
        Assert.Throws<ArgumentNullException>(() => RateLimitPartitionKeys.User(null!));
        Assert.Throws<ArgumentNullException>(() => RateLimitPartitionKeys.ClientAddress(null!));
        Assert.Throws<ArgumentNullException>(() => RateLimitPartitionKeys.User(_ => "x")(null!));
    }

    [Fact]
    public void ClientAddress_NoClient_Unknown() => Assert.Equal("unknown", RateLimitPartitionKeys.ClientAddress(new Scope(ScopeType.Http)));
}
