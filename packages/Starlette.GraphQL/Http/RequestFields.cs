using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using Starlette.GraphQL.Execution;

namespace Starlette.GraphQL.Http;

/// <summary>Reads the GraphQL request members (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>) from a JSON object or from query-string values, with a clear message for each wrong one.</summary>
internal static class RequestFields
{
    public const string NoQuery = "No GraphQL query found in the request";

    private static readonly GraphQLSerializer Serializer = new();

    /// <summary>From a JSON object (a POST body, a WebSocket <c>subscribe</c> payload).</summary>
    public static RequestReadResult FromJson(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Array) return RequestReadResult.BadRequest("Batched requests (a JSON array) are not supported; send one request object.");
        if (body.ValueKind != JsonValueKind.Object) return RequestReadResult.BadRequest("The JSON body must be an object with a 'query' member.");

        string? query = null, operationName = null;
        Inputs? variables = null, extensions = null;
        foreach (var member in body.EnumerateObject())
        {
            var value = member.Value;
            switch (member.Name)
            {
                case "query" when value.ValueKind is JsonValueKind.String: query = value.GetString(); break;
                case "query" when value.ValueKind is not JsonValueKind.Null: return RequestReadResult.BadRequest("'query' must be a string.");
                case "operationName" when value.ValueKind is JsonValueKind.String: operationName = value.GetString(); break;
                case "operationName" when value.ValueKind is not JsonValueKind.Null: return RequestReadResult.BadRequest("'operationName' must be a string or null.");
                case "variables" or "extensions" when value.ValueKind is JsonValueKind.Object:
                    if (member.Name == "variables") variables = Serializer.ReadNode<Inputs>(value);
                    else extensions = Serializer.ReadNode<Inputs>(value);
                    break;
                case "variables" or "extensions" when value.ValueKind is not JsonValueKind.Null:
                    return RequestReadResult.BadRequest($"'{member.Name}' must be an object or null.");
            }
        }

        return query is null ? RequestReadResult.BadRequest(NoQuery) : RequestReadResult.Ok(new OperationRequest(query, operationName, variables, extensions));
    }

    /// <summary>From query-string values (a GET; upstream's POST with the query in the URL).</summary>
    public static RequestReadResult FromQueryString(Datastructures.QueryParams parameters)
    {
        if (parameters.Get("query") is not { } query) return RequestReadResult.BadRequest(NoQuery);
        var operationName = parameters.Get("operationName") is { Length: > 0 } name ? name : null;
        if (!TryParseObject(parameters.Get("variables"), "variables", out var variables, out var problem)
            || !TryParseObject(parameters.Get("extensions"), "extensions", out var extensions, out problem))
            return RequestReadResult.BadRequest(problem!);
        return RequestReadResult.Ok(new OperationRequest(query, operationName, variables, extensions));
    }

    private static bool TryParseObject(string? text, string name, out Inputs? inputs, out string? problem)
    {
        inputs = null;
        problem = null;
        if (string.IsNullOrEmpty(text)) return true;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind is JsonValueKind.Null) return true;
            if (document.RootElement.ValueKind is not JsonValueKind.Object)
            {
                problem = $"'{name}' must be a JSON object.";
                return false;
            }

            inputs = Serializer.ReadNode<Inputs>(document.RootElement);
            return true;
        }
        catch (JsonException e)
        {
            problem = $"'{name}' is not valid JSON: {e.Message}";
            return false;
        }
    }
}
