using System.Text.Json.Serialization;

namespace Starlette.WebSockets.Tests.Fuzz;

/// <summary>Source-generated metadata for the strings the JSON generator quotes.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class JsonTestContext : JsonSerializerContext;
