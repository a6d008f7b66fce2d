using System.Text.Json.Serialization;

namespace Starlette.Typed;

/// <summary>
/// One invalid or missing input in a problem details' <c>errors</c> list: where it is (<see cref="In"/>), which
/// parameter (<see cref="Name"/>) or which part of the body (<see cref="Pointer"/>, a JSON Pointer in URI fragment
/// form as RFC 9457's example uses, such as <c>#/title</c>), and what is wrong with it.
/// </summary>
public sealed class FieldError
{
    /// <summary>Where the input is: <c>path</c>, <c>query</c>, <c>header</c>, <c>cookie</c> or <c>body</c>.</summary>
    [JsonPropertyName("in")]
    public required string In { get; init; }

    /// <summary>The parameter's name, for an input outside the body.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>The JSON Pointer of the value in the body (<c>#</c> for the whole body).</summary>
    [JsonPropertyName("pointer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Pointer { get; init; }

    /// <summary>What is wrong, for people.</summary>
    [JsonPropertyName("detail")]
    public required string Detail { get; init; }
}
