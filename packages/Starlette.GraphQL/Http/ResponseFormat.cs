namespace Starlette.GraphQL.Http;

/// <summary>The media type a GraphQL response goes out as (GraphQL over HTTP, "Accept").</summary>
internal enum ResponseFormat
{
    /// <summary><c>application/json</c>: 200 for every GraphQL response to a well-formed request.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: 400 for a request error, 200 once execution started.</summary>
    GraphQLResponse,

    /// <summary>The client accepts neither: 406.</summary>
    NotAcceptable,
}
