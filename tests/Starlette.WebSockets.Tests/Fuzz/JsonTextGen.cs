using System.Text;
using CsCheck;
using Starlette.Testing.Support;

namespace Starlette.WebSockets.Tests.Fuzz;

/// <summary>JSON texts: valid documents of any shape, near misses made from them, deep nesting and noise.</summary>
internal static class JsonTextGen
{
    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.OneOf("null", "true", "false", "0", "-0", "1e308", "1e309", "-1.5E-7", "12345678901234567890123", "\"\"", "\"\\u00e9\\ud83d\\ude00\"", "\"\\ud800\""),
        Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        FuzzGen.ValidText(12).Select(text => System.Text.Json.JsonSerializer.Serialize(text, JsonTestContext.Default.String)));

    /// <summary>A valid JSON document up to <paramref name="depth"/> levels deep.</summary>
    public static Gen<string> Valid(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, Valid(depth - 1).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
            (1, Gen.Select(Scalar.Where(s => s.StartsWith('"')), Valid(depth - 1), (key, value) => (key, value)).Array[0, 4]
                .Select(members => "{" + string.Join(", ", members.Select(m => $"{m.key}: {m.value}")) + "}")));

    /// <summary>Valid, mutated, nested past the reader's depth limit, or random.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (3, Valid(3)),
        (3, FuzzGen.Mutated(Valid(3).Select(Encoding.UTF8.GetBytes)).Select(Encoding.UTF8.GetString)),
        (1, Gen.Int[1, 200].Select(depth => new string('[', depth) + new string(']', depth))),
        (1, FuzzGen.Text(40)));
}
