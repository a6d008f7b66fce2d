using CsCheck;
using Starlette.Testing.Support;
using Starlette.Types;

namespace Starlette.Datastructures.Tests.Fuzz;

/// <summary>
/// Randomized <c>Host</c> headers and paths for <see cref="Url.FromScope"/> (what <c>request.url</c> and
/// <c>url_for</c> build on): never an exception, and whatever the client sends, the URL keeps the request's path
/// and query, and its host is either the header (when it is a plain host) or the server's address.
/// </summary>
public sealed class UrlFromScopeFuzzTests
{
    private static readonly Gen<string> Host = Gen.Frequency(
        (3, FuzzGen.Text(40)),
        (1, Gen.Select(Gen.OneOf("example.com", "[::1]", "127.0.0.1", "a"), FuzzGen.Text(10), (host, tail) => host + tail)),
        (1, Gen.Select(Gen.OneOf("example.com:", "[::1]:"), Gen.Int[0, 99999], (host, port) => host + port)));

    // Without '?' and '#' (the scope's path never holds them) and tab, CR and LF (which Python's urlsplit, and so
    // upstream's URL, removes from anywhere in a URL).
    private static readonly Gen<string> Path = FuzzGen.ValidText(30).Select(text => "/" + string.Concat(text.Where(c => c is not ('?' or '#' or '\t' or '\r' or '\n'))));

    [Fact]
    public void FromScope_RandomHostHeader_KeepsPathQueryAndAPlainHost()
    {
        var gen = Gen.Select(Gen.Frequency((4, Host.Select(host => (string?)host)), (1, Gen.Const((string?)null))), Path, Gen.OneOf("http", "https", "ws"));
        FuzzCheck.Run(gen, input =>
        {
            var (host, path, scheme) = input;
            var scope = new Scope(ScopeType.Http)
            {
                Scheme = scheme,
                Path = path,
                QueryString = "a=1",
                Server = new HostPort("server.test", 8000),
                Headers = host is null ? [] : [new HttpHeader("host", host)],
            };

            var url = Url.FromScope(scope);

            Assert.Equal(path, url.Path);
            Assert.Equal("a=1", url.Query);
            Assert.Equal(scheme, url.Scheme);
            Assert.True(url.Netloc == host || url.Netloc == "server.test:8000", $"netloc {Show.Text(url.Netloc)}");
            Assert.DoesNotContain('/', url.Netloc);
            Assert.DoesNotContain('@', url.Netloc);
        }, fast: 5000, size: input => ((input.Item1?.Length ?? 0) + input.Item2.Length) * 2, print: input => $"host {Show.Text(input.Item1)}, path {Show.Text(input.Item2)}");
    }
}
