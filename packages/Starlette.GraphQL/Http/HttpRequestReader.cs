using System.Text;
using System.Text.Json;
using Starlette.GraphQL.Execution;
using Starlette.Requests;
using Starlette.Types;

namespace Starlette.GraphQL.Http;

/// <summary>Reads a GraphQL request from a POST body: <c>application/json</c>, <c>application/graphql</c>, or, with
/// no content type at all, upstream's query string.</summary>
internal static class HttpRequestReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async ValueTask<RequestReadResult> FromBodyAsync(Request request, CancellationToken cancellationToken)
    {
        var contentType = MediaType(request.Headers.Get("content-type"));
        if (contentType.Length == 0 && request.QueryParams.ContainsKey("query"))
            return RequestFields.FromQueryString(request.QueryParams);
        var json = contentType.Equals(AcceptNegotiation.JsonMediaType, StringComparison.OrdinalIgnoreCase);
        if (!json && !contentType.Equals("application/graphql", StringComparison.OrdinalIgnoreCase))
            return RequestReadResult.Fail(Status.Http415UnsupportedMediaType, "Unsupported Media Type");

        byte[] body;
        try
        {
            body = await request.BodyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpException e)
        {
            return RequestReadResult.Fail(e.StatusCode, e.Detail);
        }

        return json ? FromJson(body) : FromGraphQL(body);
    }

    private static RequestReadResult FromJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return RequestFields.FromJson(document.RootElement);
        }
        catch (JsonException e)
        {
            return RequestReadResult.BadRequest($"The body is not valid JSON: {e.Message}");
        }
    }

    private static RequestReadResult FromGraphQL(byte[] body)
    {
        try
        {
            return RequestReadResult.Ok(new OperationRequest(StrictUtf8.GetString(body), null, null, null));
        }
        catch (DecoderFallbackException)
        {
            return RequestReadResult.BadRequest("The application/graphql body is not valid UTF-8.");
        }
    }

    private static string MediaType(string? header)
    {
        if (header is null) return "";
        var end = header.IndexOf(';', StringComparison.Ordinal);
        return (end < 0 ? header : header[..end]).Trim();
    }
}
