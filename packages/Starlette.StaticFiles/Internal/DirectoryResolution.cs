namespace Starlette.StaticFiles.Internal;

/// <summary>
/// Where a relative directory is looked for: the current directory first (upstream's behaviour), then the app's
/// base directory (<see cref="AppContext.BaseDirectory"/>), where a build copies content files and where
/// <c>dotnet test</c> runs the tests from a different current directory.
/// </summary>
internal static class DirectoryResolution
{
    /// <summary>The directory to serve: <paramref name="directory"/> itself unless it is relative, missing under the
    /// current directory and present under the base directory, in which case that full path.</summary>
    public static string? Resolve(string? directory)
    {
        if (string.IsNullOrEmpty(directory) || Path.IsPathRooted(directory) || System.IO.Directory.Exists(directory)) return directory;
        var underBase = Path.GetFullPath(directory, AppContext.BaseDirectory);
        return System.IO.Directory.Exists(underBase) ? underBase : directory;
    }

    /// <summary>The message for a directory found in neither place, naming the places looked in.</summary>
    public static string Missing(string directory) => Path.IsPathRooted(directory)
        ? $"Directory '{directory}' does not exist"
        : $"Directory '{directory}' does not exist (looked in '{Path.GetFullPath(directory)}' and " +
          $"'{Path.GetFullPath(directory, AppContext.BaseDirectory)}')";
}
