using GraphQLParser.AST;

namespace Starlette.GraphQL.Execution;

/// <summary>A request after the length check and the parse: the document (when it parsed) and the type of the
/// operation it would run (when that is known), or the request error that stops it.</summary>
internal sealed record PreparedOperation(OperationRequest Request, GraphQLDocument? Document, OperationType? Type, string? Error)
{
    /// <summary>The type of the operation <paramref name="operationName"/> selects in the document, or
    /// <see langword="null"/> when it selects none (GraphQL.NET then reports why).</summary>
    public static OperationType? TypeOf(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            count++;
            if (operationName is null || operation.Name?.StringValue == operationName) found ??= operation;
        }

        return operationName is null && count != 1 ? null : found?.Operation;
    }
}
