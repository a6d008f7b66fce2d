using System.Text;

namespace Starlette.Configuration.Tests;

/// <summary>A fresh temporary directory (pytest's <c>tmpdir</c>), deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "starlette-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to <c>name</c> in the directory and returns its path.</summary>
    public string Write(string name, string text, Encoding? encoding = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>A process environment variable with a unique name (pytest's <c>monkeypatch.setenv</c>), removed on dispose.</summary>
internal sealed class ProcessVariable : IDisposable
{
    public ProcessVariable(string name, string? value = null)
    {
        Name = $"STARLETTE_TEST_{Guid.NewGuid():N}_{name}";
        if (value is not null) Set(value);
    }

    public string Name { get; }

    public void Set(string value) => Environment.SetEnvironmentVariable(Name, value);

    public void Dispose() => Environment.SetEnvironmentVariable(Name, null);
}
