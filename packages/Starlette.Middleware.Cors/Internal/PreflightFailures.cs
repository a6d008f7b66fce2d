using System.Globalization;
using System.Text;

namespace Starlette.Middleware.Cors;

/// <summary>What a preflight asked for that the policy does not allow, in the order upstream reports them.</summary>
[Flags]
internal enum PreflightFailures
{
    None = 0,
    Origin = 1,
    Method = 2,
    Headers = 4,
    PrivateNetwork = 8,
}

/// <summary>
/// The plain-text bodies of preflight answers, encoded once: <c>OK</c>, or <c>Disallowed CORS </c> and the failures
/// joined with <c>", "</c> (for example <c>Disallowed CORS origin, method, headers</c>).
/// </summary>
internal static class PreflightBodies
{
    private static readonly byte[][] Bodies = new byte[16][];
    private static readonly string[] Lengths = new string[16];

    static PreflightBodies()
    {
        string[] names = ["origin", "method", "headers", "private-network"];
        for (var flags = 0; flags < Bodies.Length; flags++)
        {
            var text = flags == 0 ? "OK" : "Disallowed CORS " + string.Join(", ", names.Where((_, bit) => (flags & (1 << bit)) != 0));
            Bodies[flags] = Encoding.UTF8.GetBytes(text);
            Lengths[flags] = Bodies[flags].Length.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The encoded body for <paramref name="failures"/>.</summary>
    public static byte[] Body(PreflightFailures failures) => Bodies[(int)failures];

    /// <summary>The body's length as a <c>content-length</c> value.</summary>
    public static string Length(PreflightFailures failures) => Lengths[(int)failures];
}
