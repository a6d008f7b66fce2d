using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Starlette.GraphQL.Execution;

/// <summary>Runs one operation on GraphQL.NET with the app's limits, rules and user context.</summary>
internal sealed class OperationExecutor
{
    private readonly ISchema _schema;
    private readonly IDocumentExecuter _executer;
    private readonly IValidationRule[] _rules;
    private readonly int? _maxQueryLength;
    private readonly bool _exposeExceptionMessages;
    private readonly GraphQLDocumentBuilder _documentBuilder = new();

    public OperationExecutor(ISchema schema, GraphQLOptions options)
    {
        _schema = schema;
        _executer = options.DocumentExecuter ?? CreateExecuter(options.RunResolversOnThreadPool);
        var rules = new List<IValidationRule>(DocumentValidator.CoreRules);
        if (options.MaxDepth is not null || options.MaxComplexity is not null)
            rules.Add(new ComplexityValidationRule(new ComplexityOptions
            {
                MaxDepth = options.MaxDepth,
                MaxComplexity = options.MaxComplexity,
                DefaultComplexityImpactDelegate = IntrospectionIsFree,
            }));
        rules.AddRange(options.ValidationRules);
        _rules = [.. rules];
        _maxQueryLength = options.MaxQueryLength;
        _exposeExceptionMessages = options.ExposeExceptionMessages;
    }

    /// <summary>Introspection (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) adds no complexity: GraphiQL's
    /// introspection query alone weighs hundreds of thousands under the list multiplier. Depth still applies.</summary>
    private static FieldComplexityResult IntrospectionIsFree(FieldImpactContext context)
        => context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
            ? new FieldComplexityResult(0, 0)
            : DefaultImpact(context);

    private static readonly Func<FieldImpactContext, FieldComplexityResult> DefaultImpact = new ComplexityOptions().DefaultComplexityImpactDelegate;

    private static IDocumentExecuter CreateExecuter(bool threadPool) => !threadPool ? new DocumentExecuter() : new DocumentExecuter(
        new GraphQLDocumentBuilder(),
        new DocumentValidator(),
        new DefaultExecutionStrategySelector(
        [
            new ExecutionStrategyRegistration(new ThreadPoolParallelStrategy(), OperationType.Query),
            new ExecutionStrategyRegistration(new ThreadPoolSerialStrategy(), OperationType.Mutation),
            new ExecutionStrategyRegistration(SubscriptionExecutionStrategy.Instance, OperationType.Subscription),
        ]),
        []);

    /// <summary>Checks the length and parses the document (a document over the length limit is never parsed; one
    /// that does not parse is left to GraphQL.NET, which reports the syntax error).</summary>
    public PreparedOperation Prepare(OperationRequest request)
    {
        if (_maxQueryLength is int max && request.Query.Length > max)
            return new(request, null, null, $"The query document is {request.Query.Length} characters long; the limit is {max}.");
        try
        {
            var document = _documentBuilder.Build(request.Query);
            return new(request, document, PreparedOperation.TypeOf(document, request.OperationName), null);
        }
        catch (ExecutionError)
        {
            return new(request, null, null, null);
        }
    }

    /// <summary>Executes a prepared request; a request error never reaches GraphQL.NET.</summary>
    public Task<ExecutionResult> ExecuteAsync(PreparedOperation prepared, GraphQLContext context, CancellationToken cancellationToken)
    {
        if (prepared.Error is { } error) return Task.FromResult(RequestErrors.Result(error));

        var request = prepared.Request;
        var options = new ExecutionOptions
        {
            Schema = _schema,
            Query = prepared.Document is null ? request.Query : null,
            Document = prepared.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = context,
            ValidationRules = _rules,
            CancellationToken = cancellationToken,
        };
        if (_exposeExceptionMessages)
            options.UnhandledExceptionDelegate = unhandled =>
            {
                unhandled.ErrorMessage = unhandled.OriginalException.Message;
                return Task.CompletedTask;
            };
        return _executer.ExecuteAsync(options);
    }
}
