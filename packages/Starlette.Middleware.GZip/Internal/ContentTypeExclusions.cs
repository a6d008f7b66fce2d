namespace Starlette.Middleware.GZip.Internal;

/// <summary>
/// The media types a response is left uncompressed for (upstream's <c>exclude_content_types</c>): an entry matches
/// a response whose media type (parameters dropped, case ignored) equals it, or, for <c>type/*</c>, whose type is
/// <c>type</c>. Entries are normalized the same way when the middleware is created.
/// </summary>
internal sealed class ContentTypeExclusions
{
    private readonly string[] _exact;
    private readonly string[] _wildcardTypes;

    public ContentTypeExclusions(IEnumerable<string> contentTypes)
    {
        var normalized = contentTypes.Select(type => Normalize(type ?? throw new ArgumentException("An excluded content type is null.", nameof(contentTypes)))).ToList();
        _exact = [.. normalized.Where(type => !type.EndsWith("/*", StringComparison.Ordinal))];
        _wildcardTypes = [.. normalized.Where(type => type.EndsWith("/*", StringComparison.Ordinal)).Select(type => type[..^2])];
    }

    /// <summary>Whether a response with this <c>content-type</c> (or none) stays uncompressed.</summary>
    public bool Excludes(string? contentType)
    {
        var media = MediaType(contentType);
        foreach (var exact in _exact)
            if (media.Equals(exact, StringComparison.OrdinalIgnoreCase)) return true;
        if (_wildcardTypes.Length == 0) return false;
        var slash = media.IndexOf('/');
        var type = slash < 0 ? media : media[..slash];
        foreach (var wildcard in _wildcardTypes)
            if (type.Equals(wildcard, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "Text/HTML; charset=utf-8" -> "text/html" (lower-cased only where a string is kept).
    private static ReadOnlySpan<char> MediaType(string? contentType)
    {
        var span = contentType.AsSpan();
        var semicolon = span.IndexOf(';');
        return (semicolon < 0 ? span : span[..semicolon]).Trim();
    }

    private static string Normalize(string contentType) => MediaType(contentType).ToString().ToLowerInvariant();
}
