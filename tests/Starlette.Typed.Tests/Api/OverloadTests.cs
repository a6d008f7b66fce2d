// Written by generate-overloads.py beside the project: edit the script and run it, not this file.
namespace Starlette.Typed.Tests.Api;

/// <summary>
/// Every registration overload (verb x number of parameters x result shape): a handler of query parameters
/// <c>a1..an</c> answers their sum, so the test sees each overload reach its own shape and bind every parameter in order.
/// </summary>
public class OverloadTests
{
    private static readonly TypedApi Api = Register();

    public static TheoryData<string, string, int, string> Cases()
    {
        var cases = new TheoryData<string, string, int, string>();
        foreach (var (verb, method) in new[] { ("get", "GET"), ("post", "POST"), ("put", "PUT"), ("patch", "PATCH"), ("delete", "DELETE"), ("map", "POST") })
        {
            for (var n = 0; n <= 6; n++)
            {
                foreach (var shape in new[] { "sync", "task", "valuetask", "stream" }) cases.Add(method, $"/{verb}/{n}/{shape}", n, shape);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Overload_EveryVerbArityAndShape_BindsEachParameterAndAnswers(string method, string path, int arity, string shape)
    {
        using var client = Harness.Client(Api);
        var query = string.Join('&', Enumerable.Range(1, arity).Select(i => $"a{i}={i}"));
        var sum = Enumerable.Range(1, arity).Sum().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path + "?" + query));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(shape == "stream" ? $"data: {sum}\r\n\r\n" : sum, await response.Content.ReadAsStringAsync());
    }

    private static TypedApi Register()
    {
        var api = new TypedApi();
        api.Get("/get/0/sync", () => 0);
        api.Get("/get/0/task", () => Task.FromResult(0));
        api.Get("/get/0/valuetask", () => ValueTask.FromResult(0));
        api.Get("/get/0/stream", () => Sum(0));
        api.Get("/get/1/sync", (int a1) => a1);
        api.Get("/get/1/task", (int a1) => Task.FromResult(a1));
        api.Get("/get/1/valuetask", (int a1) => ValueTask.FromResult(a1));
        api.Get("/get/1/stream", (int a1) => Sum(a1));
        api.Get("/get/2/sync", (int a1, int a2) => a1 + a2);
        api.Get("/get/2/task", (int a1, int a2) => Task.FromResult(a1 + a2));
        api.Get("/get/2/valuetask", (int a1, int a2) => ValueTask.FromResult(a1 + a2));
        api.Get("/get/2/stream", (int a1, int a2) => Sum(a1 + a2));
        api.Get("/get/3/sync", (int a1, int a2, int a3) => a1 + a2 + a3);
        api.Get("/get/3/task", (int a1, int a2, int a3) => Task.FromResult(a1 + a2 + a3));
        api.Get("/get/3/valuetask", (int a1, int a2, int a3) => ValueTask.FromResult(a1 + a2 + a3));
        api.Get("/get/3/stream", (int a1, int a2, int a3) => Sum(a1 + a2 + a3));
        api.Get("/get/4/sync", (int a1, int a2, int a3, int a4) => a1 + a2 + a3 + a4);
        api.Get("/get/4/task", (int a1, int a2, int a3, int a4) => Task.FromResult(a1 + a2 + a3 + a4));
        api.Get("/get/4/valuetask", (int a1, int a2, int a3, int a4) => ValueTask.FromResult(a1 + a2 + a3 + a4));
        api.Get("/get/4/stream", (int a1, int a2, int a3, int a4) => Sum(a1 + a2 + a3 + a4));
        api.Get("/get/5/sync", (int a1, int a2, int a3, int a4, int a5) => a1 + a2 + a3 + a4 + a5);
        api.Get("/get/5/task", (int a1, int a2, int a3, int a4, int a5) => Task.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Get("/get/5/valuetask", (int a1, int a2, int a3, int a4, int a5) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Get("/get/5/stream", (int a1, int a2, int a3, int a4, int a5) => Sum(a1 + a2 + a3 + a4 + a5));
        api.Get("/get/6/sync", (int a1, int a2, int a3, int a4, int a5, int a6) => a1 + a2 + a3 + a4 + a5 + a6);
        api.Get("/get/6/task", (int a1, int a2, int a3, int a4, int a5, int a6) => Task.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Get("/get/6/valuetask", (int a1, int a2, int a3, int a4, int a5, int a6) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Get("/get/6/stream", (int a1, int a2, int a3, int a4, int a5, int a6) => Sum(a1 + a2 + a3 + a4 + a5 + a6));
        api.Post("/post/0/sync", () => 0);
        api.Post("/post/0/task", () => Task.FromResult(0));
        api.Post("/post/0/valuetask", () => ValueTask.FromResult(0));
        api.Post("/post/0/stream", () => Sum(0));
        api.Post("/post/1/sync", (int a1) => a1);
        api.Post("/post/1/task", (int a1) => Task.FromResult(a1));
        api.Post("/post/1/valuetask", (int a1) => ValueTask.FromResult(a1));
        api.Post("/post/1/stream", (int a1) => Sum(a1));
        api.Post("/post/2/sync", (int a1, int a2) => a1 + a2);
        api.Post("/post/2/task", (int a1, int a2) => Task.FromResult(a1 + a2));
        api.Post("/post/2/valuetask", (int a1, int a2) => ValueTask.FromResult(a1 + a2));
        api.Post("/post/2/stream", (int a1, int a2) => Sum(a1 + a2));
        api.Post("/post/3/sync", (int a1, int a2, int a3) => a1 + a2 + a3);
        api.Post("/post/3/task", (int a1, int a2, int a3) => Task.FromResult(a1 + a2 + a3));
        api.Post("/post/3/valuetask", (int a1, int a2, int a3) => ValueTask.FromResult(a1 + a2 + a3));
        api.Post("/post/3/stream", (int a1, int a2, int a3) => Sum(a1 + a2 + a3));
        api.Post("/post/4/sync", (int a1, int a2, int a3, int a4) => a1 + a2 + a3 + a4);
        api.Post("/post/4/task", (int a1, int a2, int a3, int a4) => Task.FromResult(a1 + a2 + a3 + a4));
        api.Post("/post/4/valuetask", (int a1, int a2, int a3, int a4) => ValueTask.FromResult(a1 + a2 + a3 + a4));
        api.Post("/post/4/stream", (int a1, int a2, int a3, int a4) => Sum(a1 + a2 + a3 + a4));
        api.Post("/post/5/sync", (int a1, int a2, int a3, int a4, int a5) => a1 + a2 + a3 + a4 + a5);
        api.Post("/post/5/task", (int a1, int a2, int a3, int a4, int a5) => Task.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Post("/post/5/valuetask", (int a1, int a2, int a3, int a4, int a5) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Post("/post/5/stream", (int a1, int a2, int a3, int a4, int a5) => Sum(a1 + a2 + a3 + a4 + a5));
        api.Post("/post/6/sync", (int a1, int a2, int a3, int a4, int a5, int a6) => a1 + a2 + a3 + a4 + a5 + a6);
        api.Post("/post/6/task", (int a1, int a2, int a3, int a4, int a5, int a6) => Task.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Post("/post/6/valuetask", (int a1, int a2, int a3, int a4, int a5, int a6) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Post("/post/6/stream", (int a1, int a2, int a3, int a4, int a5, int a6) => Sum(a1 + a2 + a3 + a4 + a5 + a6));
        api.Put("/put/0/sync", () => 0);
        api.Put("/put/0/task", () => Task.FromResult(0));
        api.Put("/put/0/valuetask", () => ValueTask.FromResult(0));
        api.Put("/put/0/stream", () => Sum(0));
        api.Put("/put/1/sync", (int a1) => a1);
        api.Put("/put/1/task", (int a1) => Task.FromResult(a1));
        api.Put("/put/1/valuetask", (int a1) => ValueTask.FromResult(a1));
        api.Put("/put/1/stream", (int a1) => Sum(a1));
        api.Put("/put/2/sync", (int a1, int a2) => a1 + a2);
        api.Put("/put/2/task", (int a1, int a2) => Task.FromResult(a1 + a2));
        api.Put("/put/2/valuetask", (int a1, int a2) => ValueTask.FromResult(a1 + a2));
        api.Put("/put/2/stream", (int a1, int a2) => Sum(a1 + a2));
        api.Put("/put/3/sync", (int a1, int a2, int a3) => a1 + a2 + a3);
        api.Put("/put/3/task", (int a1, int a2, int a3) => Task.FromResult(a1 + a2 + a3));
        api.Put("/put/3/valuetask", (int a1, int a2, int a3) => ValueTask.FromResult(a1 + a2 + a3));
        api.Put("/put/3/stream", (int a1, int a2, int a3) => Sum(a1 + a2 + a3));
        api.Put("/put/4/sync", (int a1, int a2, int a3, int a4) => a1 + a2 + a3 + a4);
        api.Put("/put/4/task", (int a1, int a2, int a3, int a4) => Task.FromResult(a1 + a2 + a3 + a4));
        api.Put("/put/4/valuetask", (int a1, int a2, int a3, int a4) => ValueTask.FromResult(a1 + a2 + a3 + a4));
        api.Put("/put/4/stream", (int a1, int a2, int a3, int a4) => Sum(a1 + a2 + a3 + a4));
        api.Put("/put/5/sync", (int a1, int a2, int a3, int a4, int a5) => a1 + a2 + a3 + a4 + a5);
        api.Put("/put/5/task", (int a1, int a2, int a3, int a4, int a5) => Task.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Put("/put/5/valuetask", (int a1, int a2, int a3, int a4, int a5) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Put("/put/5/stream", (int a1, int a2, int a3, int a4, int a5) => Sum(a1 + a2 + a3 + a4 + a5));
        api.Put("/put/6/sync", (int a1, int a2, int a3, int a4, int a5, int a6) => a1 + a2 + a3 + a4 + a5 + a6);
        api.Put("/put/6/task", (int a1, int a2, int a3, int a4, int a5, int a6) => Task.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Put("/put/6/valuetask", (int a1, int a2, int a3, int a4, int a5, int a6) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Put("/put/6/stream", (int a1, int a2, int a3, int a4, int a5, int a6) => Sum(a1 + a2 + a3 + a4 + a5 + a6));
        api.Patch("/patch/0/sync", () => 0);
        api.Patch("/patch/0/task", () => Task.FromResult(0));
        api.Patch("/patch/0/valuetask", () => ValueTask.FromResult(0));
        api.Patch("/patch/0/stream", () => Sum(0));
        api.Patch("/patch/1/sync", (int a1) => a1);
        api.Patch("/patch/1/task", (int a1) => Task.FromResult(a1));
        api.Patch("/patch/1/valuetask", (int a1) => ValueTask.FromResult(a1));
        api.Patch("/patch/1/stream", (int a1) => Sum(a1));
        api.Patch("/patch/2/sync", (int a1, int a2) => a1 + a2);
        api.Patch("/patch/2/task", (int a1, int a2) => Task.FromResult(a1 + a2));
        api.Patch("/patch/2/valuetask", (int a1, int a2) => ValueTask.FromResult(a1 + a2));
        api.Patch("/patch/2/stream", (int a1, int a2) => Sum(a1 + a2));
        api.Patch("/patch/3/sync", (int a1, int a2, int a3) => a1 + a2 + a3);
        api.Patch("/patch/3/task", (int a1, int a2, int a3) => Task.FromResult(a1 + a2 + a3));
        api.Patch("/patch/3/valuetask", (int a1, int a2, int a3) => ValueTask.FromResult(a1 + a2 + a3));
        api.Patch("/patch/3/stream", (int a1, int a2, int a3) => Sum(a1 + a2 + a3));
        api.Patch("/patch/4/sync", (int a1, int a2, int a3, int a4) => a1 + a2 + a3 + a4);
        api.Patch("/patch/4/task", (int a1, int a2, int a3, int a4) => Task.FromResult(a1 + a2 + a3 + a4));
        api.Patch("/patch/4/valuetask", (int a1, int a2, int a3, int a4) => ValueTask.FromResult(a1 + a2 + a3 + a4));
        api.Patch("/patch/4/stream", (int a1, int a2, int a3, int a4) => Sum(a1 + a2 + a3 + a4));
        api.Patch("/patch/5/sync", (int a1, int a2, int a3, int a4, int a5) => a1 + a2 + a3 + a4 + a5);
        api.Patch("/patch/5/task", (int a1, int a2, int a3, int a4, int a5) => Task.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Patch("/patch/5/valuetask", (int a1, int a2, int a3, int a4, int a5) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Patch("/patch/5/stream", (int a1, int a2, int a3, int a4, int a5) => Sum(a1 + a2 + a3 + a4 + a5));
        api.Patch("/patch/6/sync", (int a1, int a2, int a3, int a4, int a5, int a6) => a1 + a2 + a3 + a4 + a5 + a6);
        api.Patch("/patch/6/task", (int a1, int a2, int a3, int a4, int a5, int a6) => Task.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Patch("/patch/6/valuetask", (int a1, int a2, int a3, int a4, int a5, int a6) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Patch("/patch/6/stream", (int a1, int a2, int a3, int a4, int a5, int a6) => Sum(a1 + a2 + a3 + a4 + a5 + a6));
        api.Delete("/delete/0/sync", () => 0);
        api.Delete("/delete/0/task", () => Task.FromResult(0));
        api.Delete("/delete/0/valuetask", () => ValueTask.FromResult(0));
        api.Delete("/delete/0/stream", () => Sum(0));
        api.Delete("/delete/1/sync", (int a1) => a1);
        api.Delete("/delete/1/task", (int a1) => Task.FromResult(a1));
        api.Delete("/delete/1/valuetask", (int a1) => ValueTask.FromResult(a1));
        api.Delete("/delete/1/stream", (int a1) => Sum(a1));
        api.Delete("/delete/2/sync", (int a1, int a2) => a1 + a2);
        api.Delete("/delete/2/task", (int a1, int a2) => Task.FromResult(a1 + a2));
        api.Delete("/delete/2/valuetask", (int a1, int a2) => ValueTask.FromResult(a1 + a2));
        api.Delete("/delete/2/stream", (int a1, int a2) => Sum(a1 + a2));
        api.Delete("/delete/3/sync", (int a1, int a2, int a3) => a1 + a2 + a3);
        api.Delete("/delete/3/task", (int a1, int a2, int a3) => Task.FromResult(a1 + a2 + a3));
        api.Delete("/delete/3/valuetask", (int a1, int a2, int a3) => ValueTask.FromResult(a1 + a2 + a3));
        api.Delete("/delete/3/stream", (int a1, int a2, int a3) => Sum(a1 + a2 + a3));
        api.Delete("/delete/4/sync", (int a1, int a2, int a3, int a4) => a1 + a2 + a3 + a4);
        api.Delete("/delete/4/task", (int a1, int a2, int a3, int a4) => Task.FromResult(a1 + a2 + a3 + a4));
        api.Delete("/delete/4/valuetask", (int a1, int a2, int a3, int a4) => ValueTask.FromResult(a1 + a2 + a3 + a4));
        api.Delete("/delete/4/stream", (int a1, int a2, int a3, int a4) => Sum(a1 + a2 + a3 + a4));
        api.Delete("/delete/5/sync", (int a1, int a2, int a3, int a4, int a5) => a1 + a2 + a3 + a4 + a5);
        api.Delete("/delete/5/task", (int a1, int a2, int a3, int a4, int a5) => Task.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Delete("/delete/5/valuetask", (int a1, int a2, int a3, int a4, int a5) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Delete("/delete/5/stream", (int a1, int a2, int a3, int a4, int a5) => Sum(a1 + a2 + a3 + a4 + a5));
        api.Delete("/delete/6/sync", (int a1, int a2, int a3, int a4, int a5, int a6) => a1 + a2 + a3 + a4 + a5 + a6);
        api.Delete("/delete/6/task", (int a1, int a2, int a3, int a4, int a5, int a6) => Task.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Delete("/delete/6/valuetask", (int a1, int a2, int a3, int a4, int a5, int a6) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Delete("/delete/6/stream", (int a1, int a2, int a3, int a4, int a5, int a6) => Sum(a1 + a2 + a3 + a4 + a5 + a6));
        api.Map(["PATCH", "post"], "/map/0/sync", () => 0);
        api.Map(["PATCH", "post"], "/map/0/task", () => Task.FromResult(0));
        api.Map(["PATCH", "post"], "/map/0/valuetask", () => ValueTask.FromResult(0));
        api.Map(["PATCH", "post"], "/map/0/stream", () => Sum(0));
        api.Map(["PATCH", "post"], "/map/1/sync", (int a1) => a1);
        api.Map(["PATCH", "post"], "/map/1/task", (int a1) => Task.FromResult(a1));
        api.Map(["PATCH", "post"], "/map/1/valuetask", (int a1) => ValueTask.FromResult(a1));
        api.Map(["PATCH", "post"], "/map/1/stream", (int a1) => Sum(a1));
        api.Map(["PATCH", "post"], "/map/2/sync", (int a1, int a2) => a1 + a2);
        api.Map(["PATCH", "post"], "/map/2/task", (int a1, int a2) => Task.FromResult(a1 + a2));
        api.Map(["PATCH", "post"], "/map/2/valuetask", (int a1, int a2) => ValueTask.FromResult(a1 + a2));
        api.Map(["PATCH", "post"], "/map/2/stream", (int a1, int a2) => Sum(a1 + a2));
        api.Map(["PATCH", "post"], "/map/3/sync", (int a1, int a2, int a3) => a1 + a2 + a3);
        api.Map(["PATCH", "post"], "/map/3/task", (int a1, int a2, int a3) => Task.FromResult(a1 + a2 + a3));
        api.Map(["PATCH", "post"], "/map/3/valuetask", (int a1, int a2, int a3) => ValueTask.FromResult(a1 + a2 + a3));
        api.Map(["PATCH", "post"], "/map/3/stream", (int a1, int a2, int a3) => Sum(a1 + a2 + a3));
        api.Map(["PATCH", "post"], "/map/4/sync", (int a1, int a2, int a3, int a4) => a1 + a2 + a3 + a4);
        api.Map(["PATCH", "post"], "/map/4/task", (int a1, int a2, int a3, int a4) => Task.FromResult(a1 + a2 + a3 + a4));
        api.Map(["PATCH", "post"], "/map/4/valuetask", (int a1, int a2, int a3, int a4) => ValueTask.FromResult(a1 + a2 + a3 + a4));
        api.Map(["PATCH", "post"], "/map/4/stream", (int a1, int a2, int a3, int a4) => Sum(a1 + a2 + a3 + a4));
        api.Map(["PATCH", "post"], "/map/5/sync", (int a1, int a2, int a3, int a4, int a5) => a1 + a2 + a3 + a4 + a5);
        api.Map(["PATCH", "post"], "/map/5/task", (int a1, int a2, int a3, int a4, int a5) => Task.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Map(["PATCH", "post"], "/map/5/valuetask", (int a1, int a2, int a3, int a4, int a5) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5));
        api.Map(["PATCH", "post"], "/map/5/stream", (int a1, int a2, int a3, int a4, int a5) => Sum(a1 + a2 + a3 + a4 + a5));
        api.Map(["PATCH", "post"], "/map/6/sync", (int a1, int a2, int a3, int a4, int a5, int a6) => a1 + a2 + a3 + a4 + a5 + a6);
        api.Map(["PATCH", "post"], "/map/6/task", (int a1, int a2, int a3, int a4, int a5, int a6) => Task.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Map(["PATCH", "post"], "/map/6/valuetask", (int a1, int a2, int a3, int a4, int a5, int a6) => ValueTask.FromResult(a1 + a2 + a3 + a4 + a5 + a6));
        api.Map(["PATCH", "post"], "/map/6/stream", (int a1, int a2, int a3, int a4, int a5, int a6) => Sum(a1 + a2 + a3 + a4 + a5 + a6));
        return api;
    }

    private static async IAsyncEnumerable<int> Sum(int sum)
    {
        await Task.Yield();
        yield return sum;
    }
}
