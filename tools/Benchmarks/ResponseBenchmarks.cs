using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>Building and sending small responses through the contract, with a send that does nothing.</summary>
[MemoryDiagnoser]
public class ResponseBenchmarks
{
    private static readonly Scope Scope = new(ScopeType.Http);
    private static readonly Receive Receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);
    private static readonly Send Send = _ => ValueTask.CompletedTask;

    [Benchmark]
    public ValueTask PlainText() => new PlainTextResponse("Hello, World!").ExecuteAsync(Scope, Receive, Send);

    [Benchmark]
    public ValueTask Json() => new JsonResponse(new Message("Hello, World!"), BenchmarkJson.Default.Message).ExecuteAsync(Scope, Receive, Send);
}

public sealed record Message(string message);

[JsonSerializable(typeof(Message))]
internal sealed partial class BenchmarkJson : JsonSerializerContext;
