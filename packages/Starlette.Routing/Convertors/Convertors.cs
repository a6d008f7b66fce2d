using System.Collections.Concurrent;

namespace Starlette.Routing;

/// <summary>
/// The path convertors known by name (upstream's <c>CONVERTOR_TYPES</c>): <c>str</c>, <c>path</c>, <c>int</c>,
/// <c>float</c> and <c>uuid</c>, plus those registered with <see cref="RegisterConvertor"/>.
/// </summary>
public static class Convertors
{
    private static readonly ConcurrentDictionary<string, Convertor> Registered = new(StringComparer.Ordinal)
    {
        ["str"] = new StringConvertor(),
        ["path"] = new PathConvertor(),
        ["int"] = new IntegerConvertor(),
        ["float"] = new FloatConvertor(),
        ["uuid"] = new UuidConvertor(),
    };

    /// <summary>Registers (or replaces) a convertor for paths compiled from now on (upstream's <c>register_url_convertor</c>).</summary>
    /// <param name="name">The name used in paths, as in <c>{value:name}</c>.</param>
    /// <param name="convertor">The convertor.</param>
    public static void RegisterConvertor(string name, Convertor convertor)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(convertor);
        Registered[name] = convertor;
    }

    /// <summary>Finds a convertor by name.</summary>
    /// <param name="name">The convertor's name.</param>
    /// <param name="convertor">The convertor, when known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Convertor? convertor) =>
        Registered.TryGetValue(name, out convertor);
}
