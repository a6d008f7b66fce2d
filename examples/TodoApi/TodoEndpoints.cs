using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Starlette.Responses;
using Starlette.Typed;

namespace TodoApi;

/// <summary>The Todo API: every endpoint, its binding, validation and documentation.</summary>
public static class TodoEndpoints
{
    public static TypedApi Create(IServiceProvider services)
    {
        var api = new TypedApi(new TypedApiOptions
        {
            Title = "Todo API",
            Services = services,
            SerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = TodoJson.Default },
        });

        api.Get("/todos", (TodoStore store, bool? done, [DefaultValue(50), Range(1, 100)] int limit) => store.List(done, limit))
            .WithSummary("List todos").WithTags("todos");
        api.Get("/todos/{id:int}", (TodoStore store, int id) => store.Find(id) ?? throw NotFound(id))
            .WithSummary("Get a todo").WithTags("todos").Produces(404, "No such todo.", typeof(ProblemDetails));
        api.Post("/todos", (TodoStore store, TodoInput input) => store.Add(input))
            .WithSummary("Create a todo").WithTags("todos").WithStatusCode(201);
        api.Put("/todos/{id:int}", (TodoStore store, int id, TodoInput input) => store.Replace(id, input) ?? throw NotFound(id))
            .WithSummary("Replace a todo").WithTags("todos").Produces(404, "No such todo.", typeof(ProblemDetails));
        api.Delete("/todos/{id:int}", (TodoStore store, int id) => store.Remove(id) ? new Response(statusCode: 204) : throw NotFound(id))
            .WithSummary("Delete a todo").WithTags("todos").Produces(204, "Deleted.").Produces(404, "No such todo.", typeof(ProblemDetails));
        api.Get("/todos/stream", (TodoStore store, CancellationToken aborted) => Stream(store, aborted))
            .WithSummary("Every todo as a server-sent event").WithTags("todos");
        return api;
    }

    private static ProblemException NotFound(int id) => new(404, $"Todo {id} does not exist.");

    private static async IAsyncEnumerable<Todo> Stream(TodoStore store, [EnumeratorCancellation] CancellationToken aborted)
    {
        foreach (var todo in store.List(done: null, limit: int.MaxValue))
        {
            await Task.Yield();
            aborted.ThrowIfCancellationRequested();
            yield return todo;
        }
    }
}
