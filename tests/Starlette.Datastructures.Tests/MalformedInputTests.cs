using System.Text;

namespace Starlette.Datastructures.Tests;

/// <summary>Random malformed input never escapes with an exception other than the documented ones.</summary>
public class MalformedInputTests
{
    private const string Alphabet = "aZ09:/?#[]@%+&=;,\"'\\ \t\r\n.-_~v\u00e9\u2100\ud83d\ude00\ud800\0";

    private static IEnumerable<string> RandomStrings(int seed, int count = 3000)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 24);
            if (random.Next(3) == 0) builder.Append(random.Next(2) == 0 ? "http://" : "//");
            for (var j = 0; j < length; j++) builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            yield return builder.ToString();
        }
    }

    [Fact]
    public void Url_RandomText_ThrowsOnlyArgumentOrPortFormatExceptions()
    {
        foreach (var text in RandomStrings(1))
        {
            Url url;
            try
            {
                url = new Url(text);
            }
            catch (ArgumentException)
            {
                continue;
            }

            Assert.Equal(text, url.ToString());
            _ = (url.Scheme, url.Netloc, url.Path, url.Query, url.Fragment, url.Username, url.Password, url.Hostname, url.ToDisplayString());
            try
            {
                _ = url.Port;
            }
            catch (FormatException)
            {
            }

            _ = url.RemoveQueryParams("a").IncludeQueryParams(("b", text));
        }
    }

    [Fact]
    public void QueryParams_RandomText_NeverThrows()
    {
        foreach (var text in RandomStrings(2))
        {
            var query = new QueryParams(text);
            var again = new QueryParams(query.ToString());
            Assert.Equal(query.MultiItems().Count, again.MultiItems().Count);
        }
    }

    [Fact]
    public void QueryParams_ReencodedParams_RoundTrip()
    {
        foreach (var text in RandomStrings(3))
        {
            if (text.Any(char.IsSurrogate)) continue; // a lone surrogate cannot be encoded as UTF-8: it becomes U+FFFD
            var pairs = new QueryParams(text);
            Assert.True(pairs.Equals(new QueryParams(pairs.ToString())), $"{pairs.ToDisplayString()} from {Escape(text)}");
        }
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:x4}"));

    [Fact]
    public void CookieParser_RandomText_NeverThrows()
    {
        foreach (var text in RandomStrings(4)) _ = CookieParser.Parse(text);
    }

    [Fact]
    public void CommaSeparatedStrings_RandomText_ThrowsOnlyArgumentException()
    {
        foreach (var text in RandomStrings(5))
        {
            try
            {
                _ = new CommaSeparatedStrings(text).ToString();
            }
            catch (ArgumentException)
            {
            }
        }
    }

    [Fact]
    public void UrlFromScope_RandomHostAndPath_ThrowsOnlyArgumentException()
    {
        var random = new Random(6);
        foreach (var text in RandomStrings(7))
        {
            var scope = new Starlette.Types.Scope(Starlette.Types.ScopeType.Http)
            {
                Path = "/" + text,
                QueryString = text,
                Server = new Starlette.Types.HostPort("localhost", 8000),
                Headers = random.Next(2) == 0 ? [new Starlette.Types.HttpHeader("host", text)] : [],
            };
            try
            {
                var url = Url.FromScope(scope);
                Assert.StartsWith("http://", url.ToString(), StringComparison.Ordinal);
            }
            catch (ArgumentException)
            {
            }
        }
    }
}
