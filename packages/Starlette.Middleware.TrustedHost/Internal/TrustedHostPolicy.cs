namespace Starlette.Middleware.TrustedHost;

/// <summary>
/// <see cref="TrustedHostOptions"/> checked (upstream's assertions, with its message) and turned into lookup
/// structures, once. Judging a host allocates nothing.
/// </summary>
internal sealed class TrustedHostPolicy
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wwwTargets;
    private readonly string[] _wildcardSuffixes;
    private readonly bool _wwwRedirect;

    public TrustedHostPolicy(TrustedHostOptions options)
    {
        if (options.AllowedHosts is null) throw new ArgumentException("TrustedHostOptions.AllowedHosts must not be null.", nameof(options));
        var patterns = options.AllowedHosts.ToArray();
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var wwwTargets = new HashSet<string>(StringComparer.Ordinal);
        var suffixes = new List<string>();
        foreach (var pattern in patterns)
        {
            if (pattern is null) throw new ArgumentException("TrustedHostOptions.AllowedHosts must not contain null.", nameof(options));
            if (pattern.AsSpan(Math.Min(1, pattern.Length)).Contains('*')
                || (pattern.StartsWith('*') && pattern != "*" && !pattern.StartsWith("*.", StringComparison.Ordinal)))
            {
                throw new ArgumentException(TrustedHostMiddleware.DomainWildcardError, nameof(options));
            }

            AllowAny |= pattern == "*";
            exact.Add(pattern);
            if (pattern.StartsWith('*')) suffixes.Add(pattern[1..]);
            if (pattern.StartsWith("www.", StringComparison.Ordinal)) wwwTargets.Add(pattern[4..]);
        }

        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _wwwTargets = wwwTargets.GetAlternateLookup<ReadOnlySpan<char>>();
        _wildcardSuffixes = suffixes.ToArray();
        _wwwRedirect = options.WwwRedirect;
    }

    /// <summary>Whether <c>*</c> is among the patterns: every request passes.</summary>
    public bool AllowAny { get; }

    /// <summary>
    /// Judges a host (without port) as upstream does: equal to a pattern, or ending with what follows a wildcard's
    /// <c>*</c>, is allowed; otherwise, when a pattern is the host with <c>www.</c> in front, a redirect (if on).
    /// Names are compared exactly, case included.
    /// </summary>
    public HostVerdict Judge(ReadOnlySpan<char> host)
    {
        if (_exact.Contains(host)) return HostVerdict.Allowed;
        foreach (var suffix in _wildcardSuffixes)
        {
            if (host.EndsWith(suffix, StringComparison.Ordinal)) return HostVerdict.Allowed;
        }

        return _wwwRedirect && _wwwTargets.Contains(host) ? HostVerdict.RedirectToWww : HostVerdict.Invalid;
    }
}
