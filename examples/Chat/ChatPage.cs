using System.Reflection;
using Starlette.Responses;

namespace ChatExample;

/// <summary>
/// The page and its script, embedded in the assembly. The script renders every message with
/// <c>textContent</c> (never as HTML), and the Content-Security-Policy allows scripts from this origin only, so a
/// message cannot inject markup or code.
/// </summary>
internal static class ChatPage
{
    private const string Policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'";
    private static readonly string HtmlText = Read("chat.html");
    private static readonly string ScriptText = Read("chat.js");

    public static Response Html() => new HtmlResponse(HtmlText, headers: [new("content-security-policy", Policy)]);

    public static Response Script() => new Response(ScriptText, mediaType: "text/javascript");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
