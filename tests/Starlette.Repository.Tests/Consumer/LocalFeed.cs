using System.Xml.Linq;

namespace Starlette.Repository.Tests;

/// <summary>
/// Every package of this repository packed into a local folder feed, and a work folder outside the repository whose
/// nuget.config adds that feed to the machine's own sources (the README's install section, as a new user does it).
/// Restores go to a private packages folder, so a stale copy of the same pre-release version in the machine's
/// cache cannot be picked; the machine's cache is a fallback folder for everything else (xunit, ...).
/// </summary>
public sealed class LocalFeed : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public LocalFeed()
    {
        Root = Directory.CreateTempSubdirectory("starlette-consumer-").FullName;
        Feed = Path.Combine(Root, "feed");
        // The test project references every package, so they are built; the template package has no build output.
        ProcessRunner.Check(RepoPaths.Root, "dotnet", "pack", "Starlette.Packages.sln", "--no-build", "-c", Configuration, "-nologo", "-o", Feed);

        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        new XDocument(new XElement("configuration",
            new XElement("packageSources", new XElement("add", new XAttribute("key", "starlette-local"), new XAttribute("value", Feed))),
            new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", Path.Combine(Root, "packages")))),
            new XElement("fallbackPackageFolders", new XElement("add", new XAttribute("key", "machine"), new XAttribute("value", machineCache)))))
            .Save(Path.Combine(Root, "nuget.config"));
    }

    /// <summary>The work folder: consumers are created in sub-folders, under its nuget.config.</summary>
    public string Root { get; }

    public string Feed { get; }

    public IEnumerable<string> Packages => Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName)!;

    /// <summary>Runs dotnet in a folder of the work folder; the test fails with the output when it exits non-zero.</summary>
    public string Dotnet(string folder, params string[] arguments) =>
        ProcessRunner.Check(Path.Combine(Root, folder), "dotnet", arguments);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
