using System.Text;
using CsCheck;
using Starlette.Testing.Support;
using Starlette.Types;
using static Starlette.Middleware.Sessions.Tests.Harness;

namespace Starlette.Middleware.Sessions.Tests.Fuzz;

/// <summary>
/// Randomized session cookies: whatever the client sends (garbage, a tampered cookie, a genuine signature over
/// any payload), the session middleware never throws and gives either the signed JSON object or an empty
/// session; and any session it writes, it reads back.
/// </summary>
public sealed class SessionCookieFuzzTests
{
    private static readonly Gen<object?> Value = Gen.OneOf<object?>(
        FuzzGen.ValidText(20).Select(text => (object?)text),
        Gen.Long.Select(number => (object?)number),
        Gen.Bool.Select(flag => (object?)flag),
        Gen.Const((object?)null));

    private static readonly Gen<KeyValuePair<string, object?>[]> Entries = Gen.Select(FuzzGen.ValidText(10), Value, KeyValuePair.Create).Array[0, 8];

    private static readonly Gen<string> Payload = Gen.Frequency(
        (2, FuzzGen.Text(40).Select(json => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)))),
        (2, Gen.Select(Gen.OneOf("{\"a\": ", "{", "[", "{\"a\": {\"b\": [", "{\"\\u", "{\"a\": 1e999", "{\"a\": NaN"), FuzzGen.Text(20), (head, tail) => Convert.ToBase64String(Encoding.UTF8.GetBytes(head + tail)))),
        (1, FuzzGen.Text(30)));

    private static readonly Gen<string> Cookie = Gen.Frequency(
        (3, Gen.Select(Payload, Gen.Long[Vectors.SignedAt - 100, Vectors.SignedAt + 100], (payload, at) => ItsDangerousSigner.Sign(payload, at))),
        (1, FuzzGen.Text(80)),
        (1, Gen.Select(Gen.Int[0, Vectors.Simple.Length - 1], FuzzGen.Char, (at, c) => string.Concat(Vectors.Simple.AsSpan(0, at), c.ToString(), Vectors.Simple.AsSpan(at + 1)))));

    [Fact]
    public void Signer_PythonVectors_SignsTheSame()
    {
        Assert.Equal(Vectors.Simple, ItsDangerousSigner.Sign(Vectors.Simple[..Vectors.Simple.IndexOf('.', StringComparison.Ordinal)], Vectors.SignedAt));
        Assert.Equal(Vectors.SignedArray, ItsDangerousSigner.Sign("WzEsIDJd", Vectors.SignedAt));
    }

    [Fact]
    public void Middleware_RandomCookie_LoadsAnObjectOrNothingAndNeverThrows()
    {
        FuzzCheck.RunAsync(Cookie, async cookie =>
        {
            var session = await LoadAsync($"session={cookie}");
            Assert.NotNull(session);
        }, fast: 3000, size: cookie => cookie.Length * 2, print: Show.Text);
    }

    [Fact]
    public void Middleware_WrittenSession_ReadsBack()
    {
        FuzzCheck.RunAsync(Entries, async entries =>
        {
            var setCookie = await SaveAsync(entries);
            var loaded = await LoadAsync($"session={CookieValue(setCookie)}");

            var expected = entries.GroupBy(entry => entry.Key).ToDictionary(group => group.Key, group => group.Last().Value);
            Assert.Equal(expected.OrderBy(entry => entry.Key, StringComparer.Ordinal), loaded.OrderBy(entry => entry.Key, StringComparer.Ordinal));
        }, fast: 2000, size: null, print: entries => string.Join(", ", entries.Select(entry => $"{Show.Text(entry.Key)}: {entry.Value}")));
    }

    private static SessionOptions Options() => new() { SecretKey = Secret, TimeProvider = Clock(Vectors.SignedAt) };

    private static async Task<Dictionary<string, object?>> LoadAsync(string cookieHeader)
    {
        Dictionary<string, object?>? seen = null;
        var app = SessionMiddleware.Wrap((scope, _, _) => { seen = scope.GetSession()!.ToDictionary(); return ValueTask.CompletedTask; }, Options());
        await app(new Scope(ScopeType.Http) { Headers = [new HttpHeader("cookie", cookieHeader)] }, Receive, _ => ValueTask.CompletedTask);
        return seen!;
    }

    private static async Task<string> SaveAsync(KeyValuePair<string, object?>[] entries)
    {
        string? setCookie = null;
        AsgiApp inner = async (scope, _, send) =>
        {
            var session = scope.GetSession()!;
            foreach (var (key, value) in entries) session[key] = value;
            await send(new HttpResponseStartMessage(200, []));
            await send(new HttpResponseBodyMessage(default, false));
        };
        await SessionMiddleware.Wrap(inner, Options())(new Scope(ScopeType.Http), Receive, message =>
        {
            if (message is HttpResponseStartMessage start) setCookie = start.Headers.FirstOrDefault(h => h.Name == "set-cookie").Value;
            return ValueTask.CompletedTask;
        });
        return setCookie ?? "session=e30=; path=/";
    }

    private static ValueTask<AsgiMessage> Receive() => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);
}
