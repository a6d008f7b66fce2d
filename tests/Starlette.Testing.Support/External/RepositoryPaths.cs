namespace Starlette.Testing.Support.External;

/// <summary>Folders of the repository the tests run from (found by walking up to the solution file).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository's root folder.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A folder under <c>artifacts/</c> (never committed), created when missing.</summary>
    /// <param name="name">The folder's path relative to <c>artifacts/</c>.</param>
    /// <returns>The folder's full path.</returns>
    public static string Artifacts(string name) => Directory.CreateDirectory(Path.Combine(Root, "artifacts", name)).FullName;

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Starlette.Packages.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"No Starlette.Packages.sln above '{AppContext.BaseDirectory}'.");
    }
}
