using System.Globalization;

namespace Starlette.GraphQL.Http;

/// <summary>Picks the response media type from the <c>accept</c> header, by quality.</summary>
internal static class AcceptNegotiation
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";
    public const string JsonMediaType = "application/json";

    /// <summary>No header (or an empty one) means <c>application/json</c>, as the draft asks of servers for legacy
    /// clients; <c>application/graphql-response+json</c> wins ties with <c>application/json</c>; a wildcard alone
    /// gets <c>application/json</c>.</summary>
    public static ResponseFormat Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return ResponseFormat.Json;
        double graphql = 0, json = 0, wildcard = 0;
        foreach (var range in accept.Split(','))
        {
            var parts = range.Split(';');
            var type = parts[0].Trim();
            var quality = Quality(parts);
            if (type.Equals(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase)) graphql = Math.Max(graphql, quality);
            else if (type.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase)) json = Math.Max(json, quality);
            else if (type is "*/*" || type.Equals("application/*", StringComparison.OrdinalIgnoreCase)) wildcard = Math.Max(wildcard, quality);
        }

        if (graphql > 0 && graphql >= json) return ResponseFormat.GraphQLResponse;
        return json > 0 || wildcard > 0 ? ResponseFormat.Json : ResponseFormat.NotAcceptable;
    }

    private static double Quality(string[] parameters)
    {
        for (var i = 1; i < parameters.Length; i++)
        {
            var parameter = parameters[i].Trim();
            if (parameter.Length > 2 && (parameter[0] is 'q' or 'Q') && parameter[1] == '=')
                return double.TryParse(parameter.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var q) ? Math.Clamp(q, 0, 1) : 0;
        }

        return 1;
    }
}
