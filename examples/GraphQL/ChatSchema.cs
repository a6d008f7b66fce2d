using System.Threading.Channels;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Starlette.GraphQL;

namespace GraphQLExample;

/// <summary>A tiny chat: <c>messages</c> (query), <c>post</c> (mutation), <c>messagePosted</c> (subscription).</summary>
public sealed class ChatSchema : Schema
{
    public ChatSchema(ChatRoom room)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("messages").Resolve(_ => room.Messages);
        query.Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name", argument => argument.DefaultValue = "stranger")
            .Resolve(context => $"Hello {context.GetArgument<string>("name")} from {context.GetGraphQLContext().Request?.Client?.Host ?? "somewhere"}");
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<NonNullGraphType<StringGraphType>>("post")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context =>
            {
                var text = context.GetArgument<string>("text");
                room.Post(text);
                // Runs after the response is sent, as upstream's background tasks.
                context.GetGraphQLContext().Background.AddTask(() => Console.WriteLine($"posted: {text}"));
                return text;
            });
        Mutation = mutation;

        var subscription = new ObjectGraphType { Name = "Subscription" };
        subscription.AddField(new FieldType
        {
            Name = "messagePosted",
            Type = typeof(NonNullGraphType<StringGraphType>),
            StreamResolver = new SourceStreamResolver<string>((Func<IResolveFieldContext, IObservable<string?>>)(_ => room.Listen().ToObservable()!)),
        });
        Subscription = subscription;
    }
}

/// <summary>The messages, and a channel per listener (an IAsyncEnumerable source, as a broadcast would give).</summary>
public sealed class ChatRoom
{
    private readonly List<Channel<string>> _listeners = [];

    public List<string> Messages { get; } = [];

    public void Post(string text)
    {
        lock (_listeners)
        {
            Messages.Add(text);
            foreach (var listener in _listeners) listener.Writer.TryWrite(text);
        }
    }

    public async IAsyncEnumerable<string> Listen([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_listeners) _listeners.Add(channel);
        try
        {
            await foreach (var text in channel.Reader.ReadAllAsync(cancellationToken)) yield return text;
        }
        finally
        {
            lock (_listeners) _listeners.Remove(channel);
        }
    }
}
