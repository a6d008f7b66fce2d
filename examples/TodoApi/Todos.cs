using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace TodoApi;

/// <summary>A todo as the API returns it.</summary>
public sealed record Todo(int Id, string Title, bool Done);

/// <summary>What a client sends to create or replace a todo.</summary>
public sealed record TodoInput([property: StringLength(200, MinimumLength = 1)] string Title, bool Done = false);

/// <summary>Source-generated JSON metadata: the API is trim- and AOT-safe.</summary>
[JsonSerializable(typeof(Todo))]
[JsonSerializable(typeof(TodoInput))]
[JsonSerializable(typeof(List<Todo>))]
public sealed partial class TodoJson : JsonSerializerContext;
