namespace Starlette.StaticFiles.Internal;

/// <summary>
/// Upstream's <c>os.path.commonpath([full_path, directory]) == directory</c> for two normalized absolute paths: the
/// path is the directory or lies below it. Case-insensitive on Windows, as <c>ntpath</c> compares.
/// </summary>
internal static class PathContainment
{
    private static readonly StringComparison Comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static bool IsUnder(string path, string directory)
    {
        if (!path.StartsWith(directory, Comparison)) return false;
        return path.Length == directory.Length
            || Path.EndsInDirectorySeparator(directory)
            || path[directory.Length] == Path.DirectorySeparatorChar
            || path[directory.Length] == Path.AltDirectorySeparatorChar;
    }
}
