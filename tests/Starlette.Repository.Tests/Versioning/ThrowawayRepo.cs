namespace Starlette.Repository.Tests;

/// <summary>
/// A temporary git repository with this repo's real build settings (Directory.*.props, global.json, build/,
/// packages/Directory.Build.*) and a few tiny packages, for testing versioning and packing end to end.
/// </summary>
internal sealed class ThrowawayRepo : IDisposable
{
    public ThrowawayRepo()
    {
        Root = Directory.CreateTempSubdirectory("starlette-versioning-").FullName;
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
            File.Copy(Path.Combine(RepoPaths.Root, file), Path.Combine(Root, file));
        CopyDirectory(Path.Combine(RepoPaths.Root, "build"), Path.Combine(Root, "build"));
        Directory.CreateDirectory(Path.Combine(Root, "packages"));
        foreach (var file in Directory.GetFiles(RepoPaths.Packages, "Directory.Build.*"))
            File.Copy(file, Path.Combine(Root, "packages", Path.GetFileName(file)));

        Git("init", "-q", "-b", "main");
    }

    public string Root { get; }

    public void AddPackage(string id, params string[] references)
    {
        var dir = Path.Combine(Root, "packages", id);
        Directory.CreateDirectory(dir);
        var refs = string.Concat(references.Select(r => $"<ProjectReference Include=\"../{r}/{r}.csproj\" />"));
        File.WriteAllText(Path.Combine(dir, id + ".csproj"),
            $"<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>{refs}</ItemGroup></Project>");
        File.WriteAllText(Path.Combine(dir, "README.md"), $"# {id}\n");
        File.WriteAllText(Path.Combine(dir, "Marker.cs"),
            $"namespace {id};\n\n/// <summary>A marker.</summary>\npublic static class Marker\n{{\n}}\n");
    }

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "--allow-empty", "-m", message);
    }

    public void Tag(string tag) => Git("-c", "user.name=test", "-c", "user.email=test@example.com", "tag", tag);

    public string Version(string id) =>
        ProcessRunner.Check(Root, "dotnet", "msbuild", $"packages/{id}/{id}.csproj", "-nologo",
            "-t:StarletteVersion", "-getProperty:PackageVersion").Trim();

    public string Pack(string id) =>
        ProcessRunner.Check(Root, "dotnet", "pack", $"packages/{id}/{id}.csproj", "-nologo", "-o", Path.Combine(Root, "out"));

    public IEnumerable<string> PackedFiles => Directory.GetFiles(Path.Combine(Root, "out")).Select(Path.GetFileName)!;

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private void Git(params string[] arguments) => ProcessRunner.Check(Root, "git", arguments);

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
