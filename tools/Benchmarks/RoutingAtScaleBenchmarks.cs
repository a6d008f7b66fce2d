using BenchmarkDotNet.Attributes;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// Router dispatch among 1,000 routes (500 static, 500 with an int parameter, alternating), endpoints that do
/// nothing, in two layouts: every route under its own first segment (<c>/static{i}/page</c>, <c>/items{i}/{id:int}</c>),
/// and every route under one shared prefix (<c>/api/v1/static{i}/page</c>, <c>/api/v1/items{i}/{id:int}</c>), where
/// a first-segment index alone would leave a scan of all 1,000. A hit on the last static route, a hit on the last
/// parameterised route, and a miss (redirect_slashes probing included; the default app a no-op).
/// </summary>
[MemoryDiagnoser]
public class RoutingAtScaleBenchmarks
{
    private const int Routes = 1000;

    private static readonly Receive NoReceive = () => default;
    private static readonly Send NoSend = _ => default;

    private Router _router = null!;
    private Scope _static = null!;
    private Scope _params = null!;
    private Scope _miss = null!;

    /// <summary>The path prefix every route shares: none, or <c>/api/v1</c>.</summary>
    [Params("", "/api/v1")]
    public string Prefix { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        AsgiApp endpoint = (_, _, _) => default;
        var routes = new List<BaseRoute>(Routes);
        for (var i = 0; i < Routes / 2; i++)
        {
            routes.Add(new Route($"{Prefix}/static{i}/page", endpoint, methods: ["GET"], name: $"static{i}"));
            routes.Add(new Route($"{Prefix}/items{i}/{{id:int}}", endpoint, methods: ["GET"], name: $"items{i}"));
        }

        _router = new Router(routes, defaultApp: endpoint);
        _static = new Scope(ScopeType.Http) { Path = $"{Prefix}/static{Routes / 2 - 1}/page" };
        _params = new Scope(ScopeType.Http) { Path = $"{Prefix}/items{Routes / 2 - 1}/12345" };
        _miss = new Scope(ScopeType.Http) { Path = $"{Prefix}/nothing/here" };
    }

    [Benchmark]
    public ValueTask HitStatic() => _router.InvokeAsync(_static, NoReceive, NoSend);

    [Benchmark]
    public ValueTask HitWithParam() => _router.InvokeAsync(_params, NoReceive, NoSend);

    [Benchmark]
    public ValueTask Miss() => _router.InvokeAsync(_miss, NoReceive, NoSend);
}
