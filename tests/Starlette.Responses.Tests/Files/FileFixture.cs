using System.Text;

namespace Starlette.Responses.Tests;

/// <summary>A text file in a temporary folder, deleted afterwards.</summary>
public sealed class FileFixture : IDisposable
{
    public const string Text = "# Señor Ünïcode\n\nA small toolkit for async web services, rebuilt in C#.\n" +
        "Every package stands alone: routing, requests, responses, websockets, middleware and more.\n" +
        "This file exists so that byte ranges have something to cut: lines of plain text, a few accents,\n" +
        "and enough length for several ranges of a hundred bytes or so to land in different places.\n";

    public FileFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("starlette-files-").FullName;
        Path = System.IO.Path.Combine(Directory, "README.txt");
        File.WriteAllBytes(Path, Bytes);
    }

    public static byte[] Bytes { get; } = Encoding.UTF8.GetBytes(Text);

    public string Directory { get; }

    public string Path { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
