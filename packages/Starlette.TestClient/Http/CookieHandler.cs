using System.Net;

namespace Starlette.Testing;

/// <summary>
/// Sends the jar's cookies for the request's URL (unless the request sets its own <c>cookie</c> header) and
/// keeps the cookies the app sets, honouring domain and path. A cookie the jar refuses is dropped, as a browser does.
/// </summary>
internal sealed class CookieHandler(CookieContainer cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = HttpUri(request.RequestUri!);
        if (!request.Headers.Contains("cookie") && cookies.GetCookieHeader(uri) is { Length: > 0 } header)
            request.Headers.TryAddWithoutValidation("cookie", header);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        Store(response);
        return response;
    }

    /// <summary>Keeps the cookies a response sets.</summary>
    public void Store(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("set-cookie", out var values)) return;
        var uri = HttpUri(response.RequestMessage!.RequestUri!);
        foreach (var value in values)
        {
            try { cookies.SetCookies(uri, value); }
            catch (CookieException) { }
        }
    }

    // CookieContainer only knows http and https; a WebSocket URL shares the cookies of its http twin.
    internal static Uri HttpUri(Uri uri) => uri.Scheme switch
    {
        "ws" => new UriBuilder(uri) { Scheme = "http", Port = uri.IsDefaultPort ? -1 : uri.Port }.Uri,
        "wss" => new UriBuilder(uri) { Scheme = "https", Port = uri.IsDefaultPort ? -1 : uri.Port }.Uri,
        _ => uri,
    };
}
