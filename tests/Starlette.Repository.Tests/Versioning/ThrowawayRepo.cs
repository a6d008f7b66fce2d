namespace Starlette.Repository.Tests;

/// <summary>
/// A temporary git repository with this repo's real build settings (Directory.*.props, global.json, build/,
/// packages/Directory.Build.*, tools/release.sh) and a few tiny packages, for testing versioning, the sibling
/// release rule and packing end to end.
/// </summary>
internal sealed class ThrowawayRepo : IDisposable
{
    public ThrowawayRepo()
    {
        Root = Directory.CreateTempSubdirectory("starlette-versioning-").FullName;
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".gitignore" })
            File.Copy(Path.Combine(RepoPaths.Root, file), Path.Combine(Root, file));
        CopyDirectory(Path.Combine(RepoPaths.Root, "build"), Path.Combine(Root, "build"));
        Directory.CreateDirectory(Path.Combine(Root, "packages"));
        foreach (var file in Directory.GetFiles(RepoPaths.Packages, "Directory.Build.*"))
            File.Copy(file, Path.Combine(Root, "packages", Path.GetFileName(file)));
        Directory.CreateDirectory(Path.Combine(Root, "tools"));
        foreach (var script in new[] { "release.sh", "resolve-tag.sh", "baseline-version.sh", "update-public-api.sh" })
            File.Copy(Path.Combine(RepoPaths.Root, "tools", script), Path.Combine(Root, "tools", script));

        _ = Git("init", "-q", "-b", "main");
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
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Shipped.txt"), "#nullable enable\n");
        File.WriteAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt"), $"#nullable enable\n{id}.Marker\n");
    }

    /// <summary>Changes a package's source (a new line in its marker file).</summary>
    public void Touch(string id) =>
        File.AppendAllText(Path.Combine(Root, "packages", id, "Marker.cs"), "// changed\n");

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "--allow-empty", "-m", message);
    }

    public void Tag(string tag) => _ = Git("-c", "user.name=test", "-c", "user.email=test@example.com", "tag", tag);

    public string Version(string id) =>
        ProcessRunner.Check(Root, "dotnet", "msbuild", $"packages/{id}/{id}.csproj", "-nologo", "-restore",
            "-t:MinVer", "-getProperty:PackageVersion").Trim();

    /// <summary>Runs tools/release.sh in this repository.</summary>
    public (int ExitCode, string Output) Release(params string[] arguments) =>
        ProcessRunner.Run(Root, "bash", ["tools/release.sh", .. arguments]);

    public (int ExitCode, string Output) TryBuild(string id) =>
        ProcessRunner.Run(Root, "dotnet", "build", $"packages/{id}/{id}.csproj", "-nologo");

    public (int ExitCode, string Output) TryPack(string id) =>
        ProcessRunner.Run(Root, "dotnet", "pack", $"packages/{id}/{id}.csproj", "-nologo", "-o", Path.Combine(Root, "out"));

    public IReadOnlyList<string> Tags() => Git("tag", "--list").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string Pack(string id) =>
        ProcessRunner.Check(Root, "dotnet", "pack", $"packages/{id}/{id}.csproj", "-nologo", "-o", Path.Combine(Root, "out"));

    public string PackedPath(string file) => Path.Combine(Root, "out", file);

    public IEnumerable<string> PackedFiles => Directory.GetFiles(Path.Combine(Root, "out")).Select(Path.GetFileName)!;

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public string Git(params string[] arguments) => ProcessRunner.Check(Root, "git", arguments);

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
