using GraphQL;

namespace Starlette.GraphQL.Execution;

/// <summary>One GraphQL request as a transport read it: the document, the operation to run, its variables and
/// extensions.</summary>
internal sealed record OperationRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
