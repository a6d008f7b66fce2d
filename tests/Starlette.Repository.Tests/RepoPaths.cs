namespace Starlette.Repository.Tests;

/// <summary>Finds the repository the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    public static string Packages => Path.Combine(Root, "packages");

    /// <summary>The package ids: one folder with a .csproj under packages/.</summary>
    public static IEnumerable<string> PackageIds =>
        Directory.GetDirectories(Packages)
            .Where(dir => File.Exists(Path.Combine(dir, Path.GetFileName(dir) + ".csproj")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!;

    private static string Find(string dir) =>
        File.Exists(Path.Combine(dir, "Starlette.Packages.sln")) ? dir
        : Directory.GetParent(dir) is { } parent ? Find(parent.FullName)
        : throw new InvalidOperationException($"No Starlette.Packages.sln above {AppContext.BaseDirectory}.");
}
