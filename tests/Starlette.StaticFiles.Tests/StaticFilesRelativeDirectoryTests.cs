using Starlette.Testing;

namespace Starlette.StaticFiles.Tests;

/// <summary>A relative directory is looked for under the current directory, then under the app's base directory
/// (where a build copies content files, and where <c>dotnet test</c> runs from elsewhere).</summary>
/// <remarks>The tests move the process's current directory (the test runner starts in the base directory), so they
/// run alone.</remarks>
[Collection(nameof(CurrentDirectoryCollection))]
public sealed class StaticFilesRelativeDirectoryTests : IDisposable
{
    private readonly string _name = "static-" + Guid.NewGuid().ToString("N");
    private readonly string _previous = Environment.CurrentDirectory;
    private readonly DirectoryInfo _elsewhere = Directory.CreateTempSubdirectory("starlette-cwd-");

    public StaticFilesRelativeDirectoryTests() => Environment.CurrentDirectory = _elsewhere.FullName;

    public void Dispose()
    {
        Environment.CurrentDirectory = _previous;
        _elsewhere.Delete(recursive: true);
        var underBase = Path.Combine(AppContext.BaseDirectory, _name);
        if (Directory.Exists(underBase)) Directory.Delete(underBase, recursive: true);
    }

    [Fact]
    public async Task Constructor_RelativeDirectoryOnlyUnderBaseDirectory_ServesIt()
    {
        var underBase = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, _name)).FullName;
        await File.WriteAllTextAsync(Path.Combine(underBase, "site.css"), "body {}");

        var files = new StaticFiles(_name);
        using var client = new TestClient(files.ToApp());

        Assert.Equal(Path.TrimEndingDirectorySeparator(underBase), Path.TrimEndingDirectorySeparator(files.Directory!));
        Assert.Equal("body {}", await client.GetStringAsync("/site.css"));
    }

    [Fact]
    public void Constructor_RelativeDirectoryNowhere_NamesBothPlaces()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new StaticFiles(_name));

        Assert.Equal(
            $"Directory '{_name}' does not exist (looked in '{Path.GetFullPath(_name)}' and '{Path.Combine(AppContext.BaseDirectory, _name)}')",
            error.Message);
    }
}

/// <summary>Tests that change the process's current directory, run apart from every other test.</summary>
[CollectionDefinition(nameof(CurrentDirectoryCollection), DisableParallelization = true)]
public sealed class CurrentDirectoryCollection;
