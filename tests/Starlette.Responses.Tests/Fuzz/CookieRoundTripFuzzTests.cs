using CsCheck;
using Starlette.Datastructures;
using Starlette.Testing.Support;

namespace Starlette.Responses.Tests.Fuzz;

/// <summary>Any value <see cref="Response.SetCookie"/> writes, the request-side <see cref="CookieParser"/> reads
/// back unchanged (Python's <c>SimpleCookie</c> quoting and <c>_unquote</c> are inverses).</summary>
public sealed class CookieRoundTripFuzzTests
{
    private static readonly Gen<string> Name = Gen.Char["abcXYZ019!#$%&'*+-.^_`|~:"].Array[1, 12].Select(chars => new string(chars));

    [Fact]
    public void SetCookie_AnyValue_ParsesBackToTheSameValue()
    {
        FuzzCheck.Run(Gen.Select(Name, FuzzGen.Text(60)), input =>
        {
            var (name, value) = input;
            var response = new Response();
            response.SetCookie(name, value);
            var header = response.RawHeaders.Single(h => h.Name == "set-cookie").Value;

            // What a browser sends back: the name=value pair, up to the first attribute.
            var pair = header[..header.IndexOf("; ", header.IndexOf('=', StringComparison.Ordinal), StringComparison.Ordinal)];
            var cookies = CookieParser.Parse(pair);

            Assert.Equal(value, cookies[name]);
        }, fast: 5000, size: input => (input.Item1.Length + input.Item2.Length) * 2, print: input => $"{Show.Text(input.Item1)}={Show.Text(input.Item2)}");
    }
}
