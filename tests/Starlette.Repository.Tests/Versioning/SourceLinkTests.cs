using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json;

namespace Starlette.Repository.Tests;

/// <summary>
/// Source Link (the .NET SDK's built-in one): a package packed from a clone whose origin is on GitHub names the
/// repository and commit in its .nuspec, and its symbol package's PDB maps every source file to raw.githubusercontent.com.
/// </summary>
public sealed class SourceLinkTests : IDisposable
{
    private const string Origin = "https://github.com/starlette-dotnet/starlette-dotnet";
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private readonly ThrowawayRepo _repo = new();

    [Fact]
    public void Pack_CloneOfGitHubRepository_CarriesRepositoryUrlAndSourceLinkMap()
    {
        _repo.AddPackage("Starlette.Types");
        _repo.Commit("first");
        _repo.Git("remote", "add", "origin", Origin + ".git");
        var commit = _repo.Git("rev-parse", "HEAD").Trim();

        _repo.Pack("Starlette.Types");

        var repository = Nuspec.Read(_repo.PackedPath("Starlette.Types.0.0.0-alpha.0.nupkg"))
            .Descendants().Single(e => e.Name.LocalName == "repository");
        Assert.Equal((Origin + ".git", "git", commit),
            ((string?)repository.Attribute("url"), (string?)repository.Attribute("type"), (string?)repository.Attribute("commit")));
        var documents = SourceLinkDocuments(_repo.PackedPath("Starlette.Types.0.0.0-alpha.0.snupkg"), "lib/net10.0/Starlette.Types.pdb");
        Assert.Contains($"https://raw.githubusercontent.com/starlette-dotnet/starlette-dotnet/{commit}/*",
            documents.EnumerateObject().Select(p => p.Value.GetString()));
    }

    public void Dispose() => _repo.Dispose();

    private static JsonElement SourceLinkDocuments(string snupkg, string pdbPath)
    {
        using var archive = ZipFile.OpenRead(snupkg);
        using var pdb = new MemoryStream();
        using (var entry = archive.GetEntry(pdbPath)!.Open()) entry.CopyTo(pdb);
        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation)
            .Single(info => reader.GetGuid(info.Kind) == SourceLinkKind);
        using var json = JsonDocument.Parse(reader.GetBlobBytes(sourceLink.Value));
        return json.RootElement.GetProperty("documents").Clone();
    }
}
