namespace Starlette.StaticFiles.Internal;

/// <summary>One place files are served from: the directory, or a folder of embedded resources.</summary>
internal abstract class StaticRoot
{
    /// <summary>
    /// Looks up a relative path: the file or directory there and its full path, or <see langword="null"/> (and an
    /// empty path) when the path leads outside the root or nothing is there, so the next root is tried.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">Permission to look was denied.</exception>
    /// <exception cref="PathTooLongException">The path is too long for the file system.</exception>
    /// <exception cref="IOException">Another file system error, such as a link loop.</exception>
    public abstract FileSystemInfo? Lookup(string path, out string fullPath);
}
