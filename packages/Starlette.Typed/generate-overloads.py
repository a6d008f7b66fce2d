#!/usr/bin/env python3
"""Writes Api/TypedApi.Verbs.cs and Invocation/Invokers.cs: the generic registration overloads (one per verb,
number of parameters and result shape) and the invokers that bind and call a handler without reflection; and their
test, tests/Starlette.Typed.Tests/Api/OverloadTests.cs, which registers a handler through every overload and calls it.
Run it after changing MAX_ARITY or the shapes: python3 packages/Starlette.Typed/generate-overloads.py"""
import os

MAX_ARITY = 6
HERE = os.path.dirname(os.path.abspath(__file__))
VERBS = [("Get", "GET"), ("Post", "POST"), ("Put", "PUT"), ("Patch", "PATCH"), ("Delete", "DELETE")]
SHAPES = [
    # (add method, delegate result, type parameter docs)
    ("AddSync", "TResult", "TResult", "The handler's result: an object written as JSON, or a <see cref=\"Response\"/> sent as it is."),
    ("AddTask", "Task<TResult>", "TResult", "The handler's asynchronous result: an object written as JSON, or a <see cref=\"Response\"/> sent as it is."),
    ("AddValueTask", "ValueTask<TResult>", "TResult", "The handler's asynchronous result: an object written as JSON, or a <see cref=\"Response\"/> sent as it is."),
    ("AddStream", "IAsyncEnumerable<TItem>", "TItem", "The type of the events streamed as server-sent events (text/event-stream): a <see cref=\"ServerSentEvent\"/>, a string (the data) or an object (its JSON as the data)."),
]
HEADER = "// Written by generate-overloads.py beside the project: edit the script and run it, not this file.\n"


def tps(n):
    return [f"T{i}" for i in range(1, n + 1)]


def verbs_file():
    out = [HEADER, "using System.Runtime.CompilerServices;\nusing Starlette.Responses;\n\nnamespace Starlette.Typed;\n\n",
           "/// <content>\n/// The registration overloads: one per HTTP verb, number of handler parameters (0 to %d) and result shape. An async\n/// lambda fits both the Task and the ValueTask shapes: the priorities pick Task, and any task shape over the plain one.\n/// </content>\n" % MAX_ARITY,
           "public sealed partial class TypedApi\n{\n"]
    for verb, method in VERBS + [("Map", None)]:
        for n in range(MAX_ARITY + 1):
            for add, result, rtp, rdoc in SHAPES:
                generics = ", ".join(tps(n) + [rtp])
                func = "Func<" + ", ".join(tps(n) + [result]) + ">"
                what = f"{method} (and HEAD)" if method == "GET" else (method if method else "the given methods")
                out.append(f"    /// <summary>Maps {what} requests to <paramref name=\"path\"/> to a handler of {n} parameter{'s' if n != 1 else ''}, bound as the <see cref=\"TypedApi\"/> remarks say.</summary>\n")
                for t in tps(n):
                    out.append(f"    /// <typeparam name=\"{t}\">The type of the handler's parameter {t[1:]}.</typeparam>\n")
                out.append(f"    /// <typeparam name=\"{rtp}\">{rdoc}</typeparam>\n")
                if method is None:
                    out.append("    /// <param name=\"methods\">The HTTP methods.</param>\n")
                out.append("    /// <param name=\"path\">The path template, such as <c>/items/{id:int}</c>.</param>\n")
                out.append("    /// <param name=\"handler\">The handler.</param>\n")
                out.append("    /// <returns>The endpoint, to name and describe.</returns>\n")
                priority = {"AddTask": 2, "AddValueTask": 1, "AddStream": 1}.get(add)
                if priority:
                    out.append(f"    [OverloadResolutionPriority({priority})]\n")
                if method is None:
                    out.append(f"    public TypedEndpoint Map<{generics}>(IEnumerable<string> methods, string path, {func} handler) => {add}(Verbs.Of(methods), path, handler);\n\n")
                else:
                    out.append(f"    public TypedEndpoint {verb}<{generics}>(string path, {func} handler) => {add}(Verbs.{verb}, path, handler);\n\n")
    out[-1] = out[-1].rstrip("\n") + "\n"
    out.append("}\n")
    return "".join(out)


def invokers_file():
    out = [HEADER, "namespace Starlette.Typed;\n\n",
           "/// <content>The registration of each handler shape and number of parameters.</content>\n",
           "public sealed partial class TypedApi\n{\n"]
    for n in range(MAX_ARITY + 1):
        args = ", ".join(f"a{i}" for i in range(1, n + 1))
        binds = "".join(f", builder.Bind<T{i}>({i - 1})" for i in range(1, n + 1))
        for add, result, rtp, _ in SHAPES:
            generics = ", ".join(tps(n) + [rtp])
            func = "Func<" + ", ".join(tps(n) + [result]) + ">"
            if add == "AddValueTask":
                call, inv_result, writer = "handler", "TResult", "builder.Json<TResult>()"
            elif add == "AddStream":
                call, inv_result, writer = f"({args}) => new ValueTask<IAsyncEnumerable<TItem>>(handler({args}))", "IAsyncEnumerable<TItem>", "builder.EventStream<TItem>()"
            else:
                call, inv_result, writer = f"({args}) => new ValueTask<TResult>(handler({args}))", "TResult", "builder.Json<TResult>()"
            inv_generics = ", ".join(tps(n) + [inv_result])
            out.append(f"    private TypedEndpoint {add}<{generics}>(string[] methods, string path, {func} handler)\n    {{\n")
            out.append("        ArgumentNullException.ThrowIfNull(handler);\n")
            out.append(f"        var builder = new EndpointBuilder(this, methods, path, handler, {n});\n")
            out.append(f"        return builder.Finish(new Invoker<{inv_generics}>({call}{binds}), {writer});\n    }}\n\n")
    out[-1] = out[-1].rstrip("\n") + "\n"
    out.append("}\n")
    for n in range(MAX_ARITY + 1):
        generics = ", ".join(tps(n) + ["TResult"])
        params = ", ".join([f"Func<{generics.replace('TResult', 'ValueTask<TResult>')}> handler"] + [f"ParameterBinder<T{i}> b{i}" for i in range(1, n + 1)])
        out.append(f"\n/// <summary>Binds and calls a handler of {n} parameter{'s' if n != 1 else ''}: every argument is bound (so every error is reported) before the call.</summary>\n")
        out.append(f"internal sealed class Invoker<{generics}>({params}) : EndpointInvoker<TResult>\n{{\n")
        out.append("    public override bool TryInvoke(BindingContext context, out ValueTask<TResult> result)\n    {\n")
        out.append("        var ok = true;\n")
        for i in range(1, n + 1):
            out.append(f"        ok &= b{i}.TryBind(context, out var a{i});\n")
        args = ", ".join(f"a{i}" for i in range(1, n + 1))
        out.append(f"        result = ok ? handler({args}) : default;\n        return ok;\n    }}\n}}\n")
    return "".join(out)


def tests_file():
    shape_names = {"AddSync": "sync", "AddTask": "task", "AddValueTask": "valuetask", "AddStream": "stream"}
    out = [HEADER, "namespace Starlette.Typed.Tests.Api;\n\n",
           "/// <summary>\n/// Every registration overload (verb x number of parameters x result shape): a handler of query parameters\n"
           "/// <c>a1..an</c> answers their sum, so the test sees each overload reach its own shape and bind every parameter in order.\n/// </summary>\n",
           "public class OverloadTests\n{\n    private static readonly TypedApi Api = Register();\n\n",
           "    public static TheoryData<string, string, int, string> Cases()\n    {\n        var cases = new TheoryData<string, string, int, string>();\n",
           "        foreach (var (verb, method) in new[] { (\"get\", \"GET\"), (\"post\", \"POST\"), (\"put\", \"PUT\"), (\"patch\", \"PATCH\"), (\"delete\", \"DELETE\"), (\"map\", \"POST\") })\n        {\n",
           f"            for (var n = 0; n <= {MAX_ARITY}; n++)\n            {{\n",
           "                foreach (var shape in new[] { \"sync\", \"task\", \"valuetask\", \"stream\" }) cases.Add(method, $\"/{verb}/{n}/{shape}\", n, shape);\n",
           "            }\n        }\n\n        return cases;\n    }\n\n",
           "    [Theory]\n    [MemberData(nameof(Cases))]\n",
           "    public async Task Overload_EveryVerbArityAndShape_BindsEachParameterAndAnswers(string method, string path, int arity, string shape)\n    {\n",
           "        using var client = Harness.Client(Api);\n",
           "        var query = string.Join('&', Enumerable.Range(1, arity).Select(i => $\"a{i}={i}\"));\n",
           "        var sum = Enumerable.Range(1, arity).Sum().ToString(System.Globalization.CultureInfo.InvariantCulture);\n\n",
           "        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path + \"?\" + query));\n\n",
           "        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);\n",
           "        Assert.Equal(shape == \"stream\" ? $\"data: {sum}\\r\\n\\r\\n\" : sum, await response.Content.ReadAsStringAsync());\n    }\n\n",
           "    private static TypedApi Register()\n    {\n        var api = new TypedApi();\n"]
    for verb, method in VERBS + [("Map", None)]:
        call = f"api.{verb}(" if method else "api.Map([\"PATCH\", \"post\"], "
        for n in range(MAX_ARITY + 1):
            params = "(" + ", ".join(f"int a{i}" for i in range(1, n + 1)) + ")"
            total = " + ".join(f"a{i}" for i in range(1, n + 1)) or "0"
            bodies = {"AddSync": total, "AddTask": f"Task.FromResult({total})", "AddValueTask": f"ValueTask.FromResult({total})", "AddStream": f"Sum({total})"}
            for add, _, _, _ in SHAPES:
                out.append(f"        {call}\"/{verb.lower()}/{n}/{shape_names[add]}\", {params} => {bodies[add]});\n")
    out.append("        return api;\n    }\n\n")
    out.append("    private static async IAsyncEnumerable<int> Sum(int sum)\n    {\n        await Task.Yield();\n        yield return sum;\n    }\n}\n")
    return "".join(out)


with open(os.path.join(HERE, "..", "..", "tests", "Starlette.Typed.Tests", "Api", "OverloadTests.cs"), "w") as f:
    f.write(tests_file())
with open(os.path.join(HERE, "Api", "TypedApi.Verbs.cs"), "w") as f:
    f.write(verbs_file())
with open(os.path.join(HERE, "Invocation", "Invokers.cs"), "w") as f:
    f.write(invokers_file())
