namespace Starlette.StaticFiles.Internal;

/// <summary>
/// The served directory, as upstream's <c>lookup_path</c> treats it. Following links: the joined path is made absolute
/// and normalized (<c>abspath</c>) and must stay inside the directory as written; one stat. Not following links: the
/// path is resolved name by name (<c>realpath</c>, one <c>lstat</c> per name) and must stay inside the directory's
/// real location, which is resolved once, the first time it exists.
/// </summary>
internal sealed class DirectoryRoot : StaticRoot
{
    private readonly bool _followSymlink;
    private readonly string _absolute;
    private string? _real;

    public DirectoryRoot(string directory, bool followSymlink)
    {
        _followSymlink = followSymlink;
        _absolute = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory.Length == 0 ? "." : directory));
    }

    public override FileSystemInfo? Lookup(string path, out string fullPath)
    {
        fullPath = "";
        if (_followSymlink)
        {
            var joined = Path.GetFullPath(Path.Join(_absolute, path));
            if (!PathContainment.IsUnder(joined, _absolute)) return null;
            var found = FileStat.Follow(joined);
            if (found is not null) fullPath = joined;
            return found;
        }

        var root = _real ?? RealRoot();
        var resolved = RealPath.Resolve(root, path, out var status, out var known);
        if (!PathContainment.IsUnder(resolved, root)) return null;
        if (!known) status = FileStat.Follow(resolved);
        if (status is not null) fullPath = resolved;
        return status;
    }

    private string RealRoot()
    {
        var start = Path.GetPathRoot(_absolute) ?? "/";
        var real = RealPath.Resolve(start, _absolute[start.Length..], out var status, out var known);
        if (!known) status = FileStat.Follow(real);
        if (status is DirectoryInfo) _real = real;
        return real;
    }
}
