using System.Xml.Linq;

namespace Starlette.Tools.DependencyCheck;

/// <summary>What one MSBuild file references: sibling projects, NuGet packages, shared frameworks, its SDK.</summary>
public sealed record ProjectReferences(
    string Path, string? Sdk, IReadOnlyList<string> Projects, IReadOnlyList<string> Packages, IReadOnlyList<string> Frameworks)
{
    /// <summary>Reads the references of a .csproj, .props or .targets file.</summary>
    public static ProjectReferences Read(string path)
    {
        var root = XDocument.Load(path).Root!;
        return new ProjectReferences(
            path,
            (string?)root.Attribute("Sdk"),
            Includes(root, "ProjectReference").Select(p => System.IO.Path.GetFileNameWithoutExtension(p.Replace('\\', '/'))).ToList(),
            Includes(root, "PackageReference").ToList(),
            Includes(root, "FrameworkReference").ToList());
    }

    private static IEnumerable<string> Includes(XElement root, string item) =>
        root.Descendants().Where(e => e.Name.LocalName == item)
            .Select(e => (string?)e.Attribute("Include") ?? (string?)e.Attribute("Update") ?? "")
            .Where(name => name.Length > 0);
}
