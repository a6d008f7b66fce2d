using System.Reflection;

namespace Starlette.StaticFiles;

/// <summary>
/// A folder of files embedded in an assembly as manifest resources (the .NET analogue of an entry of upstream's
/// <c>packages</c>: <c>"package"</c> or <c>("package", "statics")</c>). Files are found by the names MSBuild gives
/// <c>&lt;EmbeddedResource Include="statics/**" /&gt;</c> items: <c>{RootNamespace}.{folder}.{path}</c>, with the
/// folder and path separators turned into dots and folder names made identifier-safe (<c>my-lib</c> becomes
/// <c>my_lib</c>).
/// </summary>
/// <example>
/// <code>
/// // MyLibrary.csproj: &lt;EmbeddedResource Include="statics/**" /&gt;
/// var folder = new EmbeddedFolder(typeof(MyLibrary.Marker).Assembly);           // the "statics" folder
/// var assets = new EmbeddedFolder(typeof(MyLibrary.Marker).Assembly, "wwwroot/assets");
/// </code>
/// </example>
public sealed class EmbeddedFolder
{
    /// <summary>The folder upstream serves from a package when none is named.</summary>
    public const string DefaultFolder = "statics";

    /// <summary>Names a folder of embedded resources.</summary>
    /// <param name="assembly">The assembly that embeds the files.</param>
    /// <param name="folder">The folder, relative to the project directory, with <c>/</c> between names; default <c>statics</c>; empty for files at the project's root.</param>
    /// <param name="rootNamespace">The project's root namespace, the first part of its resource names; default the assembly's simple name (MSBuild's default too).</param>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> or <paramref name="folder"/> is <see langword="null"/>.</exception>
    public EmbeddedFolder(Assembly assembly, string folder = DefaultFolder, string? rootNamespace = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(folder);
        Assembly = assembly;
        Folder = folder.Trim('/');
        RootNamespace = rootNamespace ?? assembly.GetName().Name ?? "";
        var mangled = Internal.ManifestNames.Folder(Folder.Replace('\\', '/'));
        ResourcePrefix = RootNamespace.Length == 0 ? mangled : mangled.Length == 0 ? RootNamespace : RootNamespace + "." + mangled;
        if (ResourcePrefix.Length > 0) ResourcePrefix += ".";
    }

    /// <summary>The assembly that embeds the files.</summary>
    public Assembly Assembly { get; }

    /// <summary>The folder, without leading or trailing slashes.</summary>
    public string Folder { get; }

    /// <summary>The root namespace the resource names start with.</summary>
    public string RootNamespace { get; }

    /// <summary>What the folder's resource names start with, such as <c>MyLibrary.statics.</c>.</summary>
    public string ResourcePrefix { get; }

    /// <summary>Describes the folder, e.g. <c>MyLibrary:statics</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Assembly.GetName().Name}:{Folder}";
}
