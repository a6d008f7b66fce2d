using Starlette.Types;

namespace Starlette.Routing;

/// <summary>Upstream's <c>get_route_path</c>: the part of the path below the root path.</summary>
internal static class RoutePath
{
    public static string Get(Scope scope)
    {
        var path = scope.Path;
        var rootPath = scope.RootPath;
        if (rootPath.Length == 0 || !path.StartsWith(rootPath, StringComparison.Ordinal)) return path;
        if (path.Length == rootPath.Length) return "";
        return path[rootPath.Length] == '/' ? path[rootPath.Length..] : path;
    }
}
