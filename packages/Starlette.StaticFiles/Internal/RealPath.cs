namespace Starlette.StaticFiles.Internal;

/// <summary>
/// Python's non-strict <c>os.path.realpath</c> for a relative path below a start directory whose own location is
/// already resolved: each name is looked at once (<c>lstat</c>); a symbolic link is replaced by its target's names
/// (an absolute target restarts from its root); <c>..</c> goes to the parent of what is resolved so far; a name that
/// cannot be looked at is kept as written. Below a name that does not exist nothing is looked at (nothing can exist).
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40;
    private static readonly char[] Separators = Path.DirectorySeparatorChar == '/' ? ['/'] : ['\\', '/'];

    /// <param name="start">An absolute path without links.</param>
    /// <param name="relative">The names to resolve below it.</param>
    /// <param name="status">What is at the result when the walk already knows (see <see cref="FileStat.Of"/>).</param>
    /// <param name="known">Whether <paramref name="status"/> is known; if not, the caller has to stat the result.</param>
    /// <returns>The resolved absolute path.</returns>
    /// <exception cref="IOException">More than 40 links were followed (a loop, most likely).</exception>
    public static string Resolve(string start, string relative, out FileSystemInfo? status, out bool known)
    {
        var current = start;
        (status, known) = (null, false);
        var missing = false;
        var links = 0;
        Stack<string>? pending = null; // names still to walk once a link was met, next on top
        var position = 0;
        while (true)
        {
            ReadOnlySpan<char> name;
            if (pending is { Count: > 0 }) name = pending.Pop();
            else if (position <= relative.Length) name = relative.AsSpan(NextName(relative, ref position));
            else break;

            if (name.IsEmpty || name is ".") continue;
            if (name is "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                (status, known, missing) = (null, false, false);
                continue;
            }

            var next = Path.Join(current, name);
            if (missing)
            {
                current = next;
                continue;
            }

            var info = new FileInfo(next);
            FileAttributes attributes;
            try
            {
                attributes = info.Attributes;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                (current, status, known) = (next, null, false); // kept as written; stat-ing the result reports the error
                continue;
            }

            if ((attributes & FileAttributes.ReparsePoint) != 0 && (int)attributes != -1 && info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) throw new IOException($"Too many levels of symbolic links in '{next}'.");
                pending ??= new Stack<string>();
                PushRest(relative, ref position, pending);
                Push(target, pending);
                if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
                (status, known) = (null, false);
                continue;
            }

            current = next;
            missing = (int)attributes == -1;
            (status, known) = (FileStat.Of(next, info, attributes), true);
        }

        return current;
    }

    private static Range NextName(string path, ref int position)
    {
        var start = position;
        var end = path.AsSpan(start).IndexOfAny(Separators);
        end = end < 0 ? path.Length : start + end;
        position = end + 1;
        return start..end;
    }

    // Moves the names of `relative` not yet walked under the link's target names.
    private static void PushRest(string relative, ref int position, Stack<string> pending)
    {
        if (position > relative.Length) return;
        Push(relative[position..], pending);
        position = relative.Length + 1;
    }

    private static void Push(string path, Stack<string> pending)
    {
        var names = path.Split(Separators);
        for (var i = names.Length - 1; i >= 0; i--) pending.Push(names[i]);
    }
}
