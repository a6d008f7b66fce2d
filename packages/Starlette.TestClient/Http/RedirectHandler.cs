using System.Net;

namespace Starlette.Testing;

/// <summary>
/// Follows redirects as httpx does: 302 and 303 turn into a GET without a body (HEAD stays HEAD), 301 turns a
/// POST into a GET, 307 and 308 repeat the method and body; <c>authorization</c> is dropped when the origin changes.
/// </summary>
internal sealed class RedirectHandler(TestClientOptions options, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var follow = request.Options.TryGetValue(TestClient.FollowRedirectsOption, out var perRequest) ? perRequest : options.FollowRedirects;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var hops = 0; follow && IsRedirect(response) && response.Headers.Location is { } location; hops++)
        {
            if (hops == options.MaxRedirects)
            {
                response.Dispose();
                throw new HttpRequestException($"Exceeded the maximum of {options.MaxRedirects} redirects.");
            }

            var next = NextRequest(request, response, new Uri(request.RequestUri!, location));
            response.Dispose();
            request = next;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private static bool IsRedirect(HttpResponseMessage response) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308;

    private static HttpRequestMessage NextRequest(HttpRequestMessage previous, HttpResponseMessage response, Uri target)
    {
        var status = response.StatusCode;
        var method = status is HttpStatusCode.SeeOther or HttpStatusCode.Found && previous.Method != HttpMethod.Head
            || status == HttpStatusCode.Moved && previous.Method == HttpMethod.Post
            ? HttpMethod.Get
            : previous.Method;
        var next = new HttpRequestMessage(method, target) { Version = previous.Version };
        var sameOrigin = Uri.Compare(previous.RequestUri, target, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        foreach (var (name, values) in previous.Headers.NonValidated)
        {
            if (name.Equals("host", StringComparison.OrdinalIgnoreCase) || name.Equals("cookie", StringComparison.OrdinalIgnoreCase)) continue;
            if (!sameOrigin && name.Equals("authorization", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var value in values) next.Headers.TryAddWithoutValidation(name, value);
        }

        if (method == previous.Method) next.Content = previous.Content;
        foreach (var (key, value) in previous.Options)
        {
            if (!key.StartsWith("Starlette.TestClient.", StringComparison.Ordinal) || key == TestClient.FollowRedirectsOption.Key)
                ((IDictionary<string, object?>)next.Options)[key] = value;
        }
        return next;
    }
}
