using System.Xml.Linq;

namespace Starlette.Tools.DependencyCheck;

/// <summary>
/// What one MSBuild file references: sibling projects, NuGet packages, build-only NuGet packages
/// (<c>PrivateAssets="all"</c>: tools such as MinVer that never become a dependency of the package), shared frameworks, its SDK.
/// </summary>
public sealed record ProjectReferences(
    string Path, string? Sdk, IReadOnlyList<string> Projects, IReadOnlyList<string> Packages, IReadOnlyList<string> Frameworks,
    IReadOnlyList<string> BuildPackages)
{
    /// <summary>Reads the references of a .csproj, .props or .targets file.</summary>
    public static ProjectReferences Read(string path)
    {
        var root = XDocument.Load(path).Root!;
        return new ProjectReferences(
            path,
            (string?)root.Attribute("Sdk"),
            Includes(root, "ProjectReference").Select(p => System.IO.Path.GetFileNameWithoutExtension(p.Replace('\\', '/'))).ToList(),
            Includes(root, "PackageReference", e => !IsBuildOnly(e)).ToList(),
            Includes(root, "FrameworkReference").ToList(),
            Includes(root, "PackageReference", IsBuildOnly).ToList());
    }

    private static IEnumerable<string> Includes(XElement root, string item, Func<XElement, bool>? where = null) =>
        root.Descendants().Where(e => e.Name.LocalName == item && (where is null || where(e)))
            .Select(e => (string?)e.Attribute("Include") ?? (string?)e.Attribute("Update") ?? "")
            .Where(name => name.Length > 0);

    private static bool IsBuildOnly(XElement reference) =>
        string.Equals(
            (string?)reference.Attribute("PrivateAssets") ?? reference.Elements().FirstOrDefault(e => e.Name.LocalName == "PrivateAssets")?.Value,
            "all", StringComparison.OrdinalIgnoreCase);
}
