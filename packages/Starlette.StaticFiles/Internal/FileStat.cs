namespace Starlette.StaticFiles.Internal;

/// <summary>
/// <c>os.stat</c> in .NET terms: what is at a path with symbolic links followed, as a <see cref="FileInfo"/> holding
/// the file's (or the link target's) size and times, a <see cref="DirectoryInfo"/>, or <see langword="null"/> when
/// nothing is there (missing, a name below a file, a dangling link). One <c>lstat</c> for a path that is not a link.
/// </summary>
/// <remarks>
/// Errors other than "not found" propagate: <see cref="UnauthorizedAccessException"/> (permission denied),
/// <see cref="PathTooLongException"/>, <see cref="IOException"/> (a link loop, ...).
/// </remarks>
internal static class FileStat
{
    public static FileSystemInfo? Follow(string path)
    {
        var info = new FileInfo(path);
        var attributes = info.Attributes;
        if ((int)attributes == -1) return null;
        if ((attributes & FileAttributes.ReparsePoint) != 0 && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            info = new FileInfo(target.FullName);
            attributes = info.Attributes;
            if ((int)attributes == -1) return null;
        }

        return Of(path, info, attributes);
    }

    /// <summary>The result for a path whose (non-link) status is already known.</summary>
    public static FileSystemInfo? Of(string path, FileInfo info, FileAttributes attributes) =>
        (int)attributes == -1 ? null : (attributes & FileAttributes.Directory) != 0 ? new DirectoryInfo(path) : info;
}
