using Starlette.Tools.DependencyCheck;

namespace Starlette.Repository.Tests;

public sealed class DependencyCheckTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("starlette-deps-").FullName;

    public DependencyCheckTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "tools"));
        File.Copy(Path.Combine(RepoPaths.Root, "tools", "dependency-rules.json"), Path.Combine(_root, "tools", "dependency-rules.json"));
        Directory.CreateDirectory(Path.Combine(_root, "packages"));
        foreach (var file in Directory.GetFiles(RepoPaths.Packages, "Directory.Build.*"))
            File.Copy(file, Path.Combine(_root, "packages", Path.GetFileName(file)));
        AddPackage("Starlette.Types", "");
        AddPackage("Starlette.Datastructures", Ref("Starlette.Types"));
        AddPackage("Starlette.Hosting.Kestrel", Ref("Starlette.Types") + "<FrameworkReference Include=\"Microsoft.AspNetCore.App\" />");
    }

    [Fact]
    public void Check_ThisRepository_HasNoViolations()
    {
        Assert.Empty(DependencyChecker.Check(RepoPaths.Root));
    }

    [Fact]
    public void Check_AllowedReferences_HasNoViolations()
    {
        Assert.Empty(DependencyChecker.Check(_root));
    }

    [Fact]
    public void Check_TypesReferencingASibling_IsReported()
    {
        AddPackage("Starlette.Types", Ref("Starlette.Datastructures"));

        var violations = DependencyChecker.Check(_root);

        Assert.Contains(violations, v => v.Contains("Starlette.Types references package 'Starlette.Datastructures'", StringComparison.Ordinal)
            && v.Contains("may reference no package", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("dependency cycle: Starlette.Datastructures -> Starlette.Types -> Starlette.Datastructures", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TypesReferencingAThirdPartyPackage_IsReported()
    {
        AddPackage("Starlette.Types", "<PackageReference Include=\"Newtonsoft.Json\" />");

        Assert.Contains(DependencyChecker.Check(_root), v => v.Contains("references third-party package 'Newtonsoft.Json'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<FrameworkReference Include=\"Microsoft.AspNetCore.App\" />")]
    [InlineData("<PackageReference Include=\"Microsoft.AspNetCore.Http.Abstractions\" />")]
    public void Check_AspNetCoreOutsideKestrel_IsReported(string reference)
    {
        AddPackage("Starlette.Routing", Ref("Starlette.Types") + reference);

        Assert.Contains(DependencyChecker.Check(_root), v => v.Contains("only Starlette.Hosting.Kestrel may touch ASP.NET Core", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WebSdk_IsReported()
    {
        AddPackage("Starlette.Config", Ref("Starlette.Types"), sdk: "Microsoft.NET.Sdk.Web");

        Assert.Contains(DependencyChecker.Check(_root), v => v.Contains("SDK 'Microsoft.NET.Sdk.Web' is not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SiblingNotInTable_IsReported()
    {
        AddPackage("Starlette.Datastructures", Ref("Starlette.Types") + Ref("Starlette.Requests"));

        Assert.Contains(DependencyChecker.Check(_root), v => v.Contains("Starlette.Datastructures references package 'Starlette.Requests'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnknownPackage_IsReported()
    {
        AddPackage("Starlette.Unknown", "");

        Assert.Contains(DependencyChecker.Check(_root), v => v.Contains("package 'Starlette.Unknown' is not in tools/dependency-rules.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReferenceInSharedProps_IsReported()
    {
        File.WriteAllText(Path.Combine(_root, "packages", "Directory.Build.targets"),
            "<Project><ItemGroup><PackageReference Include=\"Newtonsoft.Json\" /></ItemGroup></Project>");

        Assert.Contains(DependencyChecker.Check(_root), v => v.Contains("'Newtonsoft.Json' would reach every package", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BuildOnlyToolInSharedProps_IsAllowed()
    {
        File.WriteAllText(Path.Combine(_root, "packages", "Directory.Build.props"),
            "<Project><ItemGroup><PackageReference Include=\"MinVer\" PrivateAssets=\"all\" /></ItemGroup></Project>");

        Assert.Empty(DependencyChecker.Check(_root));
    }

    [Fact]
    public void Check_BuildOnlyReferenceNotInBuildList_IsReported()
    {
        AddPackage("Starlette.Datastructures", Ref("Starlette.Types") + "<PackageReference Include=\"Newtonsoft.Json\" PrivateAssets=\"all\" />");

        Assert.Contains(DependencyChecker.Check(_root), v => v.Contains("build-only package 'Newtonsoft.Json' is not in the \"build\" list", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Ref(string id) => $"<ProjectReference Include=\"../{id}/{id}.csproj\" />";

    private void AddPackage(string id, string items, string sdk = "Microsoft.NET.Sdk")
    {
        var dir = Path.Combine(_root, "packages", id);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, id + ".csproj"), $"<Project Sdk=\"{sdk}\"><ItemGroup>{items}</ItemGroup></Project>");
    }
}
