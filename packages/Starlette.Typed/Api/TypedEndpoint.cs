using Starlette.Types;

namespace Starlette.Typed;

/// <summary>
/// One registered typed endpoint, returned by <see cref="TypedApi"/>'s <c>Get</c>, <c>Post</c>, ... methods; its
/// fluent methods name and describe it for routing and the OpenAPI document.
/// </summary>
public sealed class TypedEndpoint
{
    internal TypedEndpoint(string[] methods, string path)
    {
        Methods = methods;
        Path = path;
    }

    /// <summary>The HTTP methods (uppercase).</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>The path template, such as <c>/todos/{id:int}</c>.</summary>
    public string Path { get; }

    /// <summary>The route's name (for <c>UrlPathFor</c>) and the operation's <c>operationId</c>; default derived from the method and path.</summary>
    public string? Name { get; private set; }

    /// <summary>The operation's summary.</summary>
    public string? Summary { get; private set; }

    /// <summary>The operation's description.</summary>
    public string? Description { get; private set; }

    /// <summary>The operation's tags.</summary>
    public IReadOnlyList<string> Tags { get; private set; } = [];

    /// <summary>The status code of a successful result written as JSON; default 200.</summary>
    public int StatusCode => Shape.StatusCode;

    /// <summary>Whether the OpenAPI document lists the endpoint.</summary>
    public bool IncludeInSchema { get; private set; } = true;

    internal List<ParameterModel> Parameters { get; } = [];

    internal EndpointShape Shape { get; } = new();

    internal AsgiApp App { get; private set; } = null!;

    internal Type? ResultType { get; private set; }

    internal bool IsEventStream { get; private set; }

    internal List<(int Status, string Description, Type? Type)> ExtraResponses { get; } = [];

    /// <summary>Names the endpoint (route name and <c>operationId</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>This endpoint.</returns>
    public TypedEndpoint WithName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        return this;
    }

    /// <summary>Sets the OpenAPI summary and, optionally, description.</summary>
    /// <param name="summary">A one-line summary.</param>
    /// <param name="description">A longer description (CommonMark).</param>
    /// <returns>This endpoint.</returns>
    public TypedEndpoint WithSummary(string summary, string? description = null)
    {
        Summary = summary;
        Description = description ?? Description;
        return this;
    }

    /// <summary>Sets the OpenAPI tags.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>This endpoint.</returns>
    public TypedEndpoint WithTags(params string[] tags)
    {
        Tags = [.. tags];
        return this;
    }

    /// <summary>Sets the status code of a successful JSON result, such as 201 for a creation.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <returns>This endpoint.</returns>
    public TypedEndpoint WithStatusCode(int statusCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        Shape.StatusCode = statusCode;
        return this;
    }

    /// <summary>Documents another response the handler may give (such as a 404 problem).</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="description">What it means.</param>
    /// <param name="type">The JSON body's type; <see langword="null"/> for none, <see cref="ProblemDetails"/> for a problem.</param>
    /// <returns>This endpoint.</returns>
    public TypedEndpoint Produces(int statusCode, string description, Type? type = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        ExtraResponses.Add((statusCode, description, type));
        return this;
    }

    /// <summary>Leaves the endpoint out of the OpenAPI document.</summary>
    /// <returns>This endpoint.</returns>
    public TypedEndpoint ExcludeFromDescription()
    {
        IncludeInSchema = false;
        return this;
    }

    internal void Complete(AsgiApp app, Type? resultType, bool isEventStream)
    {
        App = app;
        ResultType = resultType;
        IsEventStream = isEventStream;
    }

    internal string OperationId => Name ?? DefaultName();

    private string DefaultName()
    {
        var text = new System.Text.StringBuilder(Methods[0].ToLowerInvariant());
        var convertor = false;
        foreach (var c in Path)
        {
            if (c == ':') convertor = true;
            else if (c == '}') convertor = false;
            else if (convertor) continue;
            else if (char.IsAsciiLetterOrDigit(c)) text.Append(c);
            else if (text[^1] != '_') text.Append('_');
        }

        return text.ToString().TrimEnd('_');
    }
}
