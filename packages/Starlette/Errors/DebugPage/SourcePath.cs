namespace Starlette;

/// <summary>
/// Finds the file a PDB names on this machine. A deterministic CI build maps the repository root to <c>/_/</c>
/// (<c>ContinuousIntegrationBuild</c>, <c>PathMap</c>), so such a path is looked up under the current directory
/// and its parents, where an app started from its repository finds its sources.
/// </summary>
internal static class SourcePath
{
    /// <summary>How many parent directories a mapped path is looked up in.</summary>
    public const int MaxParents = 8;

    /// <summary>The file on this machine, or <see langword="null"/> when there is none.</summary>
    public static string? Find(string path)
    {
        if (File.Exists(path)) return path;
        var relative = MappedRelative(path);
        if (relative is null) return null;
        var directory = new DirectoryInfo(Environment.CurrentDirectory);
        for (var i = 0; directory is not null && i <= MaxParents; i++, directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    // "/_/src/App.cs" or "/_1/src/App.cs" -> "src/App.cs"; anything else -> null.
    private static string? MappedRelative(string path)
    {
        if (!path.StartsWith("/_", StringComparison.Ordinal)) return null;
        var slash = path.IndexOf('/', 2);
        if (slash < 0 || path.AsSpan(2, slash - 2).ContainsAnyExceptInRange('0', '9')) return null;
        return path[(slash + 1)..];
    }
}
