using BenchmarkDotNet.Attributes;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette.Benchmarks;

/// <summary>
/// Router dispatch over 100 routes (50 static, 50 with an int parameter), endpoints that do nothing: a hit on the
/// last static route, a hit on the last parameterised route, and a miss (redirect_slashes probing included, the
/// default app a no-op so only routing is measured).
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private static readonly Receive NoReceive = () => default;
    private static readonly Send NoSend = _ => default;

    private readonly Router _router;
    private readonly Scope _static = new(ScopeType.Http) { Path = "/static49/page" };
    private readonly Scope _params = new(ScopeType.Http) { Path = "/items49/12345" };
    private readonly Scope _miss = new(ScopeType.Http) { Path = "/nothing/here" };

    public RoutingBenchmarks()
    {
        AsgiApp endpoint = (_, _, _) => default;
        var routes = new List<BaseRoute>(100);
        for (var i = 0; i < 50; i++)
        {
            routes.Add(new Route($"/static{i}/page", endpoint, methods: ["GET"], name: $"static{i}"));
            routes.Add(new Route($"/items{i}/{{id:int}}", endpoint, methods: ["GET"], name: $"items{i}"));
        }

        _router = new Router(routes, defaultApp: endpoint);
    }

    [Benchmark]
    public ValueTask HitStatic() => _router.InvokeAsync(_static, NoReceive, NoSend);

    [Benchmark]
    public ValueTask HitWithParam() => _router.InvokeAsync(_params, NoReceive, NoSend);

    [Benchmark]
    public ValueTask Miss() => _router.InvokeAsync(_miss, NoReceive, NoSend);

    [Benchmark]
    public string UrlPathFor() => _router.UrlPathFor("items49", new Dictionary<string, object?> { ["id"] = 12345 }).Path;
}
