using System.Buffers;
using System.Collections.Concurrent;
using System.Reflection;

namespace Starlette.StaticFiles.Internal;

/// <summary>
/// Copies each embedded folder's resources once per process into its own subdirectory of a private temporary
/// directory (created with owner-only access on Unix, deleted when the process exits). Every copy gets the time of
/// extraction as its modification time, so validators change when the process restarts.
/// </summary>
internal static class EmbeddedExtraction
{
    private static readonly ConcurrentDictionary<(Assembly, string), Lazy<EmbeddedRoot>> Roots = new();
    private static readonly SearchValues<char> Unsafe = SearchValues.Create([.. Path.GetInvalidFileNameChars(), '/', '\\', '\0']);
    private static readonly Lock Gate = new();
    private static string? _baseDirectory;
    private static int _count;

    /// <exception cref="InvalidOperationException">The assembly has no resources in the folder.</exception>
    public static EmbeddedRoot Get(EmbeddedFolder folder) =>
        Roots.GetOrAdd((folder.Assembly, folder.ResourcePrefix), _ => new Lazy<EmbeddedRoot>(() => Extract(folder))).Value;

    private static EmbeddedRoot Extract(EmbeddedFolder folder)
    {
        var prefix = folder.ResourcePrefix;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var directory = CreateDirectory();
        var stamp = DateTime.UtcNow;
        foreach (var name in folder.Assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var key = name[prefix.Length..];
            if (key.Length == 0 || key is "." or ".." || key.AsSpan().ContainsAny(Unsafe)) continue;

            var target = Path.Join(directory, key);
            using (var source = folder.Assembly.GetManifestResourceStream(name))
            using (var copy = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
            {
                source?.CopyTo(copy);
            }

            File.SetLastWriteTimeUtc(target, stamp);
            files[key] = target;
            for (var dot = key.IndexOf('.', 1); dot > 0; dot = key.IndexOf('.', dot + 1)) folders.Add(key[..dot]);
        }

        if (files.Count == 0)
        {
            Directory.Delete(directory);
            throw new InvalidOperationException($"Directory '{folder.Folder}' in assembly '{folder.Assembly.GetName().Name}' could not be found.");
        }

        return new EmbeddedRoot(directory, files, folders);
    }

    private static string CreateDirectory()
    {
        lock (Gate)
        {
            if (_baseDirectory is null)
            {
                _baseDirectory = Directory.CreateTempSubdirectory("starlette-staticfiles-").FullName;
                var created = _baseDirectory;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(created);
            }

            return Directory.CreateDirectory(Path.Join(_baseDirectory, (_count++).ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still open (being sent) keeps the directory; the system's temp cleanup gets it later.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
