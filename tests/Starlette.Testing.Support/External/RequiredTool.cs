namespace Starlette.Testing.Support.External;

/// <summary>
/// Finds an executable a test needs (a server, a browser, npm). When it is missing the test is skipped with a
/// message naming the Debian package to install, except under <c>CI=true</c>, where a missing tool fails the test:
/// CI must install everything it tests against (<c>.ci/run</c> does).
/// </summary>
public static class RequiredTool
{
    private static readonly string[] ExtraDirectories = ["/usr/sbin", "/usr/local/sbin", "/usr/lib/postgresql/15/bin"];

    /// <summary>Whether the run is a CI run (<c>CI=true</c>), where nothing may be skipped for a missing tool.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="command"/>, or a skip (a failure on CI) naming the package.</summary>
    /// <param name="command">The executable's name (searched on PATH and in the sbin folders) or an absolute path.</param>
    /// <param name="debianPackage">The Debian package that installs it.</param>
    /// <returns>The executable's full path.</returns>
    public static string Find(string command, string debianPackage)
    {
        var path = TryFind(command);
        if (path is not null) return path;
        var message = $"'{command}' was not found: install the Debian package '{debianPackage}' (apt-get install {debianPackage}).";
        if (IsCi) throw new InvalidOperationException($"{message} CI=true: tests may not be skipped for a missing tool.");
        throw new SkipException(message);
    }

    /// <summary>The full path of <paramref name="command"/>, or <see langword="null"/> when it is not installed.</summary>
    /// <param name="command">The executable's name or an absolute path.</param>
    /// <returns>The path, or <see langword="null"/>.</returns>
    public static string? TryFind(string command)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        if (Path.IsPathRooted(command)) return File.Exists(command) ? command : null;
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Concat(ExtraDirectories).Select(directory => Path.Combine(directory, command)).FirstOrDefault(File.Exists);
    }
}
