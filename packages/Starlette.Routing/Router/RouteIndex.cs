namespace Starlette.Routing;

/// <summary>
/// The router's dispatch index: a tree of literal path segments. Each route sits at the node of the complete literal
/// segments its pattern starts with (<c>/api/v1/users/{id}</c> under <c>api</c> then <c>v1</c> then <c>users</c>; a
/// static path at its last segment; a pattern that starts with a parameter at the root), and each node lists, in
/// route order, its own routes and those of its ancestors. A path walks down as far as its segments lead and gets
/// that node's list: every route that could match it, in order, so dispatch keeps first-match-wins exactly while
/// trying a handful of routes instead of all of them, however many share a prefix.
/// </summary>
internal sealed class RouteIndex
{
    private readonly Node _root;

    private RouteIndex(Node root) => _root = root;

    public static RouteIndex Build(IReadOnlyList<BaseRoute> routes)
    {
        var root = new Node();
        for (var i = 0; i < routes.Count; i++)
        {
            var node = root;
            foreach (var segment in routes[i].LiteralSegments ?? []) node = node.Child(segment);
            node.Own.Add(i);
        }

        root.Seal([]);
        return new RouteIndex(root);
    }

    /// <summary>The positions of the routes that could match <paramref name="routePath"/>, in order.</summary>
    public int[] Candidates(ReadOnlySpan<char> routePath)
    {
        var node = _root;
        if (routePath.IsEmpty || routePath[0] != '/') return node.Candidates;
        var rest = routePath[1..];
        while (node.Children is { } children)
        {
            var end = rest.IndexOf('/');
            if (!children.TryGetValue(end < 0 ? rest : rest[..end], out var child)) break;
            node = child;
            if (end < 0) break;
            rest = rest[(end + 1)..];
        }

        return node.Candidates;
    }

    /// <summary>
    /// The complete literal segments every path a pattern matches starts with (all of a static path's), or
    /// <see langword="null"/> when its first segment is not literal.
    /// </summary>
    public static string[]? LiteralSegmentsOf(CompiledPath path)
    {
        var literal = path.IsStatic ? path.Format : path.LiteralPrefix;
        if (!literal.StartsWith('/')) return null;
        if (path.IsStatic) return literal[1..].Split('/');
        var end = literal.LastIndexOf('/');
        return end > 0 ? literal[1..end].Split('/') : null;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;

        public List<int> Own { get; } = [];

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>>? Children { get; private set; }

        public int[] Candidates { get; private set; } = [];

        public Node Child(string segment)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(segment, out var child)) _children[segment] = child = new Node();
            return child;
        }

        /// <summary>Merges the inherited positions with this node's own (both ascending), then does the same below.</summary>
        public void Seal(int[] inherited)
        {
            var merged = new int[inherited.Length + Own.Count];
            int a = 0, b = 0, k = 0;
            while (a < inherited.Length || b < Own.Count)
                merged[k++] = b == Own.Count || (a < inherited.Length && inherited[a] < Own[b]) ? inherited[a++] : Own[b++];
            Candidates = merged;
            if (_children is null) return;
            Children = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var child in _children.Values) child.Seal(merged);
        }
    }
}
