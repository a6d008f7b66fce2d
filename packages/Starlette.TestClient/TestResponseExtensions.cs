using Starlette.Types;

namespace Starlette.Testing;

/// <summary>What a <see cref="TestClient"/> response carries beyond <see cref="HttpResponseMessage"/>.</summary>
public static class TestResponseExtensions
{
    internal static readonly HttpRequestOptionsKey<IReadOnlyDictionary<string, object?>> DebugInfoKey = new("Starlette.TestClient.DebugInfo");
    internal static readonly HttpRequestOptionsKey<IReadOnlyList<HttpHeader>> RawHeadersKey = new("Starlette.TestClient.RawHeaders");

    /// <summary>
    /// The response headers exactly as the app sent them, in order and with duplicates (upstream's
    /// <c>response.headers.raw</c>); <see cref="HttpResponseMessage"/> itself splits content headers from the rest.
    /// </summary>
    /// <param name="response">A response from a <see cref="TestClient"/>.</param>
    /// <returns>The headers, or an empty list for a response the app did not start.</returns>
    public static IReadOnlyList<HttpHeader> GetRawHeaders(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.RequestMessage?.Options.TryGetValue(RawHeadersKey, out var headers) == true ? headers : [];
    }

    /// <summary>
    /// What the app sent in <c>http.response.debug</c> for this request (a template response sends
    /// <c>template</c> and <c>context</c>), or <see langword="null"/>.
    /// </summary>
    /// <param name="response">A response from a <see cref="TestClient"/>.</param>
    /// <returns>The details, or <see langword="null"/>.</returns>
    public static IReadOnlyDictionary<string, object?>? GetDebugInfo(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.RequestMessage?.Options.TryGetValue(DebugInfoKey, out var info) == true ? info : null;
    }
}
