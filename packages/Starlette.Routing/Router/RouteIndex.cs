namespace Starlette.Routing;

/// <summary>
/// The router's dispatch index: for each literal first path segment, the positions of the routes that could match
/// a path starting with it (those with that first segment plus those that could match any path), in route order.
/// Dispatch then tries a handful of routes instead of all of them, with the same first-match semantics.
/// </summary>
internal sealed class RouteIndex
{
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _bySegment;
    private readonly int[] _anyPath;

    private RouteIndex(Dictionary<string, int[]> bySegment, int[] anyPath)
    {
        _bySegment = bySegment.GetAlternateLookup<ReadOnlySpan<char>>();
        _anyPath = anyPath;
    }

    public static RouteIndex Build(IReadOnlyList<BaseRoute> routes)
    {
        var segments = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var anyPath = new List<int>();
        for (var i = 0; i < routes.Count; i++)
        {
            if (routes[i].FirstSegment is { } key)
            {
                if (!segments.TryGetValue(key, out var list)) segments[key] = list = [.. anyPath];
                list.Add(i);
            }
            else
            {
                anyPath.Add(i);
                foreach (var list in segments.Values) list.Add(i);
            }
        }

        var bySegment = new Dictionary<string, int[]>(segments.Count, StringComparer.Ordinal);
        foreach (var (key, list) in segments) bySegment[key] = [.. list];
        return new RouteIndex(bySegment, [.. anyPath]);
    }

    /// <summary>The positions of the routes that could match <paramref name="routePath"/>, in order.</summary>
    public int[] Candidates(ReadOnlySpan<char> routePath)
    {
        if (routePath.IsEmpty || routePath[0] != '/') return _anyPath;
        var rest = routePath[1..];
        var end = rest.IndexOf('/');
        var segment = end < 0 ? rest : rest[..end];
        return _bySegment.TryGetValue(segment, out var candidates) ? candidates : _anyPath;
    }

    /// <summary>The first segment a path pattern requires, or <see langword="null"/> when its first segment is not literal.</summary>
    public static string? FirstSegmentOf(CompiledPath path)
    {
        var literal = path.IsStatic ? path.Format : path.LiteralPrefix;
        if (!literal.StartsWith('/')) return null;
        var end = literal.IndexOf('/', 1);
        if (end > 0) return literal[1..end];
        return path.IsStatic ? literal[1..] : null;
    }
}
