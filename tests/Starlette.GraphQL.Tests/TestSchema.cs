using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Starlette.Types;

namespace Starlette.GraphQL.Tests;

/// <summary>The schema of the tests: upstream's <c>hello</c>/<c>whoami</c>, plus a mutation, failing and blocking
/// fields, nesting for the depth limit, and subscriptions fed by an observable and by an async stream.</summary>
public sealed class TestSchema : Schema
{
    public TestSchema(Backend? backend = null)
    {
        var state = backend ?? new Backend();
        State = state;
        Query = new TestQuery(state);
        Mutation = new TestMutation(state);
        Subscription = new TestSubscription(state);
    }

    public Backend State { get; }

    /// <summary>State the resolvers share with the test.</summary>
    public sealed class Backend
    {
        public List<string> Messages { get; } = [];
        public List<string> BackgroundLog { get; } = [];
        public EventStream<string> MessageAdded { get; } = new();
        public Barrier? Blocking { get; set; }
        public TimeSpan BlockingTimeout { get; set; } = TimeSpan.FromSeconds(5);
    }

    private sealed class TestQuery : ObjectGraphType
    {
        public TestQuery(Backend backend)
        {
            Name = "Query";
            Field<StringGraphType>("hello")
                .Argument<StringGraphType>("name", argument => argument.DefaultValue = "stranger")
                .Resolve(context => "Hello " + context.GetArgument<string>("name"));
            Field<StringGraphType>("whoami").Resolve(context =>
                context.GetGraphQLContext().Request!.Scope.TryGetItem(ScopeItemKeys.User, out var user) && user is string name ? name : "a mystery");
            Field<StringGraphType>("asyncHello").ResolveAsync(async context =>
            {
                await Task.Yield();
                return "Hello async";
            });
            Field<StringGraphType>("fail").Resolve(_ => throw new InvalidOperationException("resolver exploded"));
            Field<StringGraphType>("failClearly").Resolve(_ => throw new ExecutionError("You may not see this."));
            Field<ListGraphType<StringGraphType>>("messages").Resolve(_ => backend.Messages.ToArray());
            Field<StringGraphType>("method").Resolve(context => context.GetGraphQLContext().Request!.Method);
            Field<BooleanGraphType>("blockingA").Resolve(_ => Block(backend));
            Field<BooleanGraphType>("blockingB").Resolve(_ => Block(backend));
            Field<NestType>("nest").Resolve(_ => new object());
            Field<StringGraphType>("later").Resolve(context =>
            {
                context.GetGraphQLContext().Background.AddTask(() => backend.BackgroundLog.Add("ran"));
                return "queued";
            });
        }

        // True only when the other blocking field runs at the same time (each waits for the other).
        private static bool Block(Backend backend) => backend.Blocking!.SignalAndWait(backend.BlockingTimeout);
    }

    private sealed class NestType : ObjectGraphType
    {
        public NestType()
        {
            Name = "Nest";
            Field<NestType>("nest").Resolve(_ => new object());
            Field<IntGraphType>("leaf").Resolve(_ => 1);
        }
    }

    private sealed class TestMutation : ObjectGraphType
    {
        public TestMutation(Backend backend)
        {
            Name = "Mutation";
            Field<NonNullGraphType<StringGraphType>>("addMessage")
                .Argument<NonNullGraphType<StringGraphType>>("text")
                .Resolve(context =>
                {
                    var text = context.GetArgument<string>("text");
                    lock (backend.Messages) backend.Messages.Add(text);
                    backend.MessageAdded.Publish(text);
                    return text;
                });
        }
    }

    private sealed class TestSubscription : ObjectGraphType
    {
        public TestSubscription(Backend backend)
        {
            Name = "Subscription";
            AddField(new FieldType
            {
                Name = "messageAdded",
                Type = typeof(StringGraphType),
                StreamResolver = new SourceStreamResolver<string>((Func<IResolveFieldContext, IObservable<string?>>)(_ => backend.MessageAdded!)),
            });
            AddField(new FieldType
            {
                Name = "countTo",
                Type = typeof(IntGraphType),
                Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "to" }),
                StreamResolver = new SourceStreamResolver<int>((Func<IResolveFieldContext, IObservable<int>>)(context => Count(context.GetArgument<int>("to")).ToObservable())),
            });
            AddField(new FieldType
            {
                Name = "broken",
                Type = typeof(StringGraphType),
                StreamResolver = new SourceStreamResolver<string>((Func<IResolveFieldContext, IObservable<string?>>)(_ => throw new ExecutionError("No stream for you."))),
            });
        }

        private static async IAsyncEnumerable<int> Count(int to)
        {
            for (var i = 1; i <= to; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }
    }
}
