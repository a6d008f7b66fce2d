using System.Text.RegularExpressions;

namespace Starlette.Middleware.Cors;

/// <summary>
/// Compiles <see cref="CorsOptions.AllowOriginRegex"/> once, for full matches (Python's <c>re.fullmatch</c>): the
/// pattern is anchored at both ends. Where the pattern allows it the non-backtracking engine runs it, so matching
/// takes time linear in the origin's length whatever the client sends; match results are the same either way.
/// </summary>
internal static class OriginPattern
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static Regex Compile(string pattern)
    {
        try
        {
            // Parsed on its own first: a pattern such as "a)|(b" would otherwise escape the anchoring group.
            _ = new Regex(pattern, Options);
            var anchored = $@"\A(?:{pattern})\z";
            try
            {
                return new Regex(anchored, Options | RegexOptions.NonBacktracking);
            }
            catch (NotSupportedException)
            {
                // Backreferences, lookarounds, atomic groups and the like need the backtracking engine.
                return new Regex(anchored, Options | RegexOptions.Compiled);
            }
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"AllowOriginRegex is not a valid regular expression: {e.Message}", nameof(CorsOptions.AllowOriginRegex), e);
        }
    }
}
