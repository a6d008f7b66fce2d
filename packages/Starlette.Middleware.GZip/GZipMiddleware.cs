using Starlette.Middleware.GZip.Internal;
using Starlette.Types;

namespace Starlette.Middleware.GZip;

/// <summary>
/// Upstream's <c>GZipMiddleware</c>: compresses HTTP responses for clients whose <c>Accept-Encoding</c> contains
/// <c>gzip</c> (and, when <see cref="GZipOptions.EnableBrotli"/> is set, with Brotli for clients that
/// accept <c>br</c>).
/// </summary>
/// <remarks>
/// <para>The rules are upstream's:</para>
/// <list type="bullet">
/// <item>a partial response (206), a response that already has <c>content-encoding</c>, and one whose media type
/// is in <see cref="GZipOptions.ExcludeContentTypes"/> (server-sent events and already-compressed formats
/// by default) pass through untouched;</item>
/// <item>a response sent in one message whose body is shorter than <see cref="GZipOptions.MinimumSize"/>
/// passes through untouched (so does a <c>HEAD</c> response, whose body is empty);</item>
/// <item>otherwise <c>Vary: Accept-Encoding</c> is added (merged into an existing <c>vary</c>), whether or not the
/// client accepts a compression; when it does, <c>content-encoding</c> is set and <c>content-length</c> is set to
/// the compressed length (one message) or removed (a streamed response);</item>
/// <item>a streamed response is compressed chunk by chunk, each chunk flushed so that the client can decode
/// everything sent so far;</item>
/// <item><c>http.response.pathsend</c> passes through untouched, as do non-HTTP scopes.</item>
/// </list>
/// <para>
/// Unlike upstream, messages the middleware does not know (trailers, debug, push) are passed on rather than dropped.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// AsgiApp app = GZipMiddleware.Wrap(inner, new GZipOptions { MinimumSize = 1000 });
/// // or, in an application's middleware list:
/// var middleware = GZipMiddleware.Create(new GZipOptions { EnableBrotli = true });
/// </code>
/// </example>
public static class GZipMiddleware
{
    /// <summary>The descriptor's name.</summary>
    public const string Name = "GZipMiddleware";

    /// <summary>Describes the middleware for an application's middleware list.</summary>
    /// <param name="options">The options; default <see cref="GZipOptions"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static MiddlewareDescriptor Create(GZipOptions? options = null)
    {
        options ??= new GZipOptions();
        var settings = CompressionSettings.From(options);
        return new MiddlewareDescriptor(Name, next => new GZipMiddlewareHandler(next, settings).InvokeAsync, options);
    }

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app whose responses are compressed.</param>
    /// <param name="options">The options; default <see cref="GZipOptions"/>.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static AsgiApp Wrap(AsgiApp next, GZipOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new GZipMiddlewareHandler(next, CompressionSettings.From(options ?? new GZipOptions())).InvokeAsync;
    }
}
