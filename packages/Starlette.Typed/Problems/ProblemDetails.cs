using System.Text.Json.Serialization;

namespace Starlette.Typed;

/// <summary>
/// An RFC 9457 problem details object, sent as <c>application/problem+json</c>: 422 with every field error for
/// validation, 400 for malformed JSON, 415 for a body that is not JSON, or what a <see cref="ProblemException"/> says.
/// </summary>
public sealed class ProblemDetails
{
    /// <summary>The problem type's URI; <c>about:blank</c> means "see the status code".</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "about:blank";

    /// <summary>A short summary of the problem type (the status phrase for <c>about:blank</c>).</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>The HTTP status code.</summary>
    [JsonPropertyName("status")]
    public required int Status { get; init; }

    /// <summary>An explanation of this occurrence, for people.</summary>
    [JsonPropertyName("detail")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }

    /// <summary>A URI of this occurrence (the request path).</summary>
    [JsonPropertyName("instance")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Instance { get; init; }

    /// <summary>The field errors (an RFC 9457 extension member), for 422 responses.</summary>
    [JsonPropertyName("errors")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FieldError>? Errors { get; init; }
}
