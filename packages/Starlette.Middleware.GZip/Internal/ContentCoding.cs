namespace Starlette.Middleware.GZip.Internal;

/// <summary>The content coding chosen for one response.</summary>
internal enum ContentCoding
{
    /// <summary>No compression (upstream's <c>IdentityResponder</c>): only <c>Vary</c> is added.</summary>
    Identity,

    /// <summary><c>content-encoding: gzip</c>.</summary>
    GZip,

    /// <summary><c>content-encoding: br</c>.</summary>
    Brotli,
}
