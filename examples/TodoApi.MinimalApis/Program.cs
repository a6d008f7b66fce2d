using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;
using TodoApi;

// examples/TodoApi on ASP.NET Core Minimal APIs (.NET 10): http://127.0.0.1:8001/openapi/v1.json for the document.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddSingleton<TodoStore>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, TodoJson.Default));
builder.Services.AddProblemDetails();
builder.Services.AddValidation();
builder.Services.AddOpenApi();
var app = builder.Build();
app.MapOpenApi();

var todos = app.MapGroup("/todos").WithTags("todos");
todos.MapGet("/", (TodoStore store, bool? done, [Range(1, 100)] int limit = 50) => store.List(done, limit))
    .WithSummary("List todos");
todos.MapGet("/{id:int}", Results<Ok<Todo>, NotFound> (TodoStore store, int id) =>
        store.Find(id) is { } todo ? TypedResults.Ok(todo) : TypedResults.NotFound())
    .WithSummary("Get a todo");
todos.MapPost("/", (TodoStore store, TodoInput input) =>
    {
        var todo = store.Add(input);
        return TypedResults.Created($"/todos/{todo.Id}", todo);
    })
    .WithSummary("Create a todo");
todos.MapPut("/{id:int}", Results<Ok<Todo>, NotFound> (TodoStore store, int id, TodoInput input) =>
        store.Replace(id, input) is { } todo ? TypedResults.Ok(todo) : TypedResults.NotFound())
    .WithSummary("Replace a todo");
todos.MapDelete("/{id:int}", Results<NoContent, NotFound> (TodoStore store, int id) =>
        store.Remove(id) ? TypedResults.NoContent() : TypedResults.NotFound())
    .WithSummary("Delete a todo");
todos.MapGet("/stream", (TodoStore store, CancellationToken aborted) => TypedResults.ServerSentEvents(Stream(store, aborted)))
    .WithSummary("Every todo as a server-sent event");
app.Run("http://127.0.0.1:8001");

static async IAsyncEnumerable<Todo> Stream(TodoStore store, [EnumeratorCancellation] CancellationToken aborted)
{
    foreach (var todo in store.List(done: null, limit: int.MaxValue))
    {
        await Task.Yield();
        aborted.ThrowIfCancellationRequested();
        yield return todo;
    }
}
