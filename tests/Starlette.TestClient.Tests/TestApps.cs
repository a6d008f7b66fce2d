using System.Text;
using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Testing.Tests;

internal static class TestApps
{
    /// <summary>An HTTP app that answers every request with the text <paramref name="render"/> makes of its scope.</summary>
    public static AsgiApp Text(Func<Scope, string> render, params HttpHeader[] headers) =>
        (scope, receive, send) => Apps.TextAsync(send, render(scope), extra: headers);

    public static string Header(Scope scope, string name) =>
        string.Join(",", scope.Headers.Where(h => h.Name == name).Select(h => h.Value));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
