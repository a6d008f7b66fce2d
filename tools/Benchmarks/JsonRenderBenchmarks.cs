using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Starlette.Responses;

namespace Starlette.Benchmarks;

/// <summary>
/// Rendering a <see cref="JsonResponse"/> body (construction only, nothing sent): a one-field object through each
/// of the three constructors (source-generated metadata, a JsonNode, reflection), and a list of 20 records
/// (about 1.4 KB of JSON) with source-generated metadata.
/// </summary>
[MemoryDiagnoser]
public class JsonRenderBenchmarks
{
    private static readonly Message Small = new("Hello, World!");
    private static readonly List<Item> Items = [.. Enumerable.Range(0, 20).Select(i => new Item(i, $"user{i}", $"user{i}@example.org", i % 3 == 0))];

    [Benchmark(Baseline = true)]
    public JsonResponse SmallSourceGenerated() => new(Small, BenchmarkJson.Default.Message);

    [Benchmark]
    public JsonResponse SmallJsonNode() => new(new JsonObject { ["message"] = "Hello, World!" });

    [Benchmark]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Benchmark of the reflection-based constructor.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Benchmark of the reflection-based constructor.")]
    public JsonResponse SmallReflection() => new((object)Small);

    [Benchmark]
    public JsonResponse ListSourceGenerated() => new(Items, JsonRenderJson.Default.ListItem);
}

public sealed record Item(int id, string name, string email, bool active);

[JsonSerializable(typeof(List<Item>))]
internal sealed partial class JsonRenderJson : JsonSerializerContext;
