namespace Starlette.Testing.Support.External;

/// <summary>
/// A lock shared by processes (test projects run in parallel): an exclusively opened file, released on dispose.
/// </summary>
public sealed class LockFile : IAsyncDisposable
{
    private readonly FileStream _stream;

    private LockFile(FileStream stream) => _stream = stream;

    /// <summary>Waits (up to ten minutes) until no other process holds the lock at <paramref name="path"/>.</summary>
    /// <param name="path">The lock file's path; created when missing.</param>
    /// <returns>The held lock.</returns>
    public static async Task<LockFile> AcquireAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new LockFile(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
