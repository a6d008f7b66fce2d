using System.Text;

namespace Starlette.Middleware.Cors;

/// <summary>
/// The request headers a preflight may ask for, lowercased: the configured ones plus the safelisted ones. Checks an
/// <c>Access-Control-Request-Headers</c> value as upstream does (split on commas, each part lowercased and
/// stripped) without allocating for values up to 128 characters a part.
/// </summary>
internal sealed class AllowedHeaderSet
{
    private const int StackLimit = 128;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public AllowedHeaderSet(IEnumerable<string> names)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names) set.Add(name.ToLowerInvariant());
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether every comma-separated part of <paramref name="requested"/> is allowed.</summary>
    public bool AllowsAll(string requested)
    {
        var rest = requested.AsSpan();
        while (true)
        {
            var comma = rest.IndexOf(',');
            var part = comma < 0 ? rest : rest[..comma];
            if (!Allows(PythonWhitespace.Strip(part))) return false;
            if (comma < 0) return true;
            rest = rest[(comma + 1)..];
        }
    }

    private bool Allows(ReadOnlySpan<char> name)
    {
        if (Ascii.IsValid(name) && !name.ContainsAnyInRange('A', 'Z')) return _lookup.Contains(name);
        var buffer = name.Length <= StackLimit ? stackalloc char[StackLimit] : new char[name.Length];
        var lowered = buffer[..name.ToLowerInvariant(buffer)];
        return _lookup.Contains(lowered);
    }
}
