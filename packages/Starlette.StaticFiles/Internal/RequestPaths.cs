using Starlette.Types;

namespace Starlette.StaticFiles.Internal;

/// <summary>
/// Turns a request's path into the relative file path to look up, as upstream's <c>get_path</c> does: the path
/// below the mount (<c>get_route_path</c>), split on <c>/</c>, joined with the platform's separator and normalized
/// (<c>os.path.normpath</c>: empty and <c>.</c> names dropped, <c>..</c> cancelling the name before it, leading
/// <c>..</c> kept). On Windows a backslash separates names too, as <c>ntpath</c> treats it.
/// </summary>
internal static class RequestPaths
{
    private static readonly char Separator = Path.DirectorySeparatorChar;
    private static readonly bool BackslashSeparates = Path.DirectorySeparatorChar == '\\';

    /// <summary>Upstream's <c>get_route_path</c>: the part of the path below the root path.</summary>
    public static string RoutePath(Scope scope)
    {
        var path = scope.Path;
        var rootPath = scope.RootPath;
        if (rootPath.Length == 0 || !path.StartsWith(rootPath, StringComparison.Ordinal)) return path;
        if (path.Length == rootPath.Length) return "";
        return path[rootPath.Length] == '/' ? path[rootPath.Length..] : path;
    }

    /// <summary>The normalized relative path for a route path (<c>/a/b.txt</c>); <c>.</c> for the root.</summary>
    public static string Normalize(string routePath) =>
        IsSimple(routePath, 1) && routePath[0] == '/' ? Native(routePath[1..]) : Slow(routePath);

    /// <summary>The normalized form of a relative file path (<c>os.path.normpath</c>); <c>.</c> for the root.</summary>
    public static string NormalizeRelative(string path) => IsSimple(path, 0) ? Native(path) : Slow(path);

    private static string Native(string path) => BackslashSeparates ? path.Replace('/', '\\') : path;

    private static string Slow(string path)
    {
        var names = new List<string>();
        var span = path.AsSpan();
        foreach (var range in BackslashSeparates ? span.SplitAny('/', '\\') : span.Split('/'))
        {
            var name = span[range];
            if (name.IsEmpty || name is ".") continue;
            if (name is ".." && names.Count > 0 && names[^1] != "..") names.RemoveAt(names.Count - 1);
            else names.Add(name.ToString());
        }

        return names.Count == 0 ? "." : string.Join(Separator, names);
    }

    // From `start`: names that are neither empty, "." nor "..", separated by single separators, none at the end.
    private static bool IsSimple(string path, int start)
    {
        if (path.Length <= start) return false;
        for (var i = start; i <= path.Length; i++)
        {
            if (i < path.Length && !IsSeparator(path[i])) continue;
            var length = i - start;
            if (length == 0 || (path[start] == '.' && (length == 1 || (length == 2 && path[start + 1] == '.')))) return false;
            start = i + 1;
        }

        return true;
    }

    private static bool IsSeparator(char c) => c == '/' || (BackslashSeparates && c == '\\');
}
