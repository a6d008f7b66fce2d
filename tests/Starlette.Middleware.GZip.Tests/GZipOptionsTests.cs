using Starlette.Types;
using static Starlette.Testing.Support.Asgi.Recorder;

namespace Starlette.Middleware.GZip.Tests;

public class GZipOptionsTests
{
    [Fact]
    public void Defaults_MatchUpstream()
    {
        var options = new GZipOptions();

        Assert.Equal(500, options.MinimumSize);
        Assert.Equal(9, options.CompressLevel);
        Assert.False(options.EnableBrotli);
        Assert.Equal(4, options.BrotliQuality);
    }

    [Theory]
    [InlineData(10, 4)]
    [InlineData(-2, 4)]
    [InlineData(9, 12)]
    [InlineData(9, -1)]
    public void Create_OutOfRangeLevel_Throws(int level, int quality)
    {
        var options = new GZipOptions { CompressLevel = level, BrotliQuality = quality };

        Assert.Throws<ArgumentOutOfRangeException>(() => GZipMiddleware.Create(options));
        Assert.Throws<ArgumentOutOfRangeException>(() => GZipMiddleware.Wrap((_, _, _) => ValueTask.CompletedTask, options));
    }

    [Fact]
    public void Create_ReturnsNamedDescriptorWithItsOptions()
    {
        var options = new GZipOptions { MinimumSize = 1000 };

        var descriptor = GZipMiddleware.Create(options);

        Assert.Equal("GZipMiddleware", descriptor.Name);
        Assert.Same(options, descriptor.Options);
        Assert.Equal(
            "Middleware(GZipMiddleware, GZipOptions { MinimumSize = 1000, CompressLevel = 9, EnableBrotli = False, BrotliQuality = 4, ExcludeContentTypes = [" +
            "application/gzip, application/x-gzip, application/zip, audio/*, font/woff, font/woff2, image/avif, image/gif, image/jpeg, image/png, image/webp, text/event-stream, video/*] })",
            descriptor.ToString());
    }

    [Fact]
    public async Task Create_OptionsChangedAfterwards_DoNotAffectTheMiddleware()
    {
        var options = new GZipOptions();
        var descriptor = GZipMiddleware.Create(options);
        options.MinimumSize = 1;
        AsgiApp inner = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200));
            await send(new HttpResponseBodyMessage(new byte[100]));
        };

        var events = await CallAsync(descriptor.Wrap(inner), Harness.HttpScope(("accept-encoding", "gzip")));

        Assert.Empty(((HttpResponseStartMessage)events[0]).Headers);
    }

    [Fact]
    public void Wrap_NullApp_Throws() => Assert.Throws<ArgumentNullException>(() => GZipMiddleware.Wrap(null!));
}
