using System.IO.Compression;
using System.Xml.Linq;

namespace Starlette.Repository.Tests;

/// <summary>Reads the .nuspec inside a .nupkg.</summary>
internal static class Nuspec
{
    public static XDocument Read(string nupkg)
    {
        using var archive = ZipFile.OpenRead(nupkg);
        using var stream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    /// <summary>Each dependency as "id range", ordered by id.</summary>
    public static IReadOnlyList<string> Dependencies(string nupkg) =>
        Read(nupkg).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => $"{(string?)e.Attribute("id")} {(string?)e.Attribute("version")}")
            .Order(StringComparer.Ordinal).ToList();

    public static string? Element(XDocument nuspec, string name) =>
        nuspec.Descendants().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
}
