// Written by generate-overloads.py beside the project: edit the script and run it, not this file.
namespace Starlette.Typed;

/// <content>The registration of each handler shape and number of parameters.</content>
public sealed partial class TypedApi
{
    private TypedEndpoint AddSync<TResult>(string[] methods, string path, Func<TResult> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 0);
        return builder.Finish(new Invoker<TResult>(() => new ValueTask<TResult>(handler())), builder.Json<TResult>());
    }

    private TypedEndpoint AddTask<TResult>(string[] methods, string path, Func<Task<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 0);
        return builder.Finish(new Invoker<TResult>(() => new ValueTask<TResult>(handler())), builder.Json<TResult>());
    }

    private TypedEndpoint AddValueTask<TResult>(string[] methods, string path, Func<ValueTask<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 0);
        return builder.Finish(new Invoker<TResult>(handler), builder.Json<TResult>());
    }

    private TypedEndpoint AddStream<TItem>(string[] methods, string path, Func<IAsyncEnumerable<TItem>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 0);
        return builder.Finish(new Invoker<IAsyncEnumerable<TItem>>(() => new ValueTask<IAsyncEnumerable<TItem>>(handler())), builder.EventStream<TItem>());
    }

    private TypedEndpoint AddSync<T1, TResult>(string[] methods, string path, Func<T1, TResult> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 1);
        return builder.Finish(new Invoker<T1, TResult>((a1) => new ValueTask<TResult>(handler(a1)), builder.Bind<T1>(0)), builder.Json<TResult>());
    }

    private TypedEndpoint AddTask<T1, TResult>(string[] methods, string path, Func<T1, Task<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 1);
        return builder.Finish(new Invoker<T1, TResult>((a1) => new ValueTask<TResult>(handler(a1)), builder.Bind<T1>(0)), builder.Json<TResult>());
    }

    private TypedEndpoint AddValueTask<T1, TResult>(string[] methods, string path, Func<T1, ValueTask<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 1);
        return builder.Finish(new Invoker<T1, TResult>(handler, builder.Bind<T1>(0)), builder.Json<TResult>());
    }

    private TypedEndpoint AddStream<T1, TItem>(string[] methods, string path, Func<T1, IAsyncEnumerable<TItem>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 1);
        return builder.Finish(new Invoker<T1, IAsyncEnumerable<TItem>>((a1) => new ValueTask<IAsyncEnumerable<TItem>>(handler(a1)), builder.Bind<T1>(0)), builder.EventStream<TItem>());
    }

    private TypedEndpoint AddSync<T1, T2, TResult>(string[] methods, string path, Func<T1, T2, TResult> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 2);
        return builder.Finish(new Invoker<T1, T2, TResult>((a1, a2) => new ValueTask<TResult>(handler(a1, a2)), builder.Bind<T1>(0), builder.Bind<T2>(1)), builder.Json<TResult>());
    }

    private TypedEndpoint AddTask<T1, T2, TResult>(string[] methods, string path, Func<T1, T2, Task<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 2);
        return builder.Finish(new Invoker<T1, T2, TResult>((a1, a2) => new ValueTask<TResult>(handler(a1, a2)), builder.Bind<T1>(0), builder.Bind<T2>(1)), builder.Json<TResult>());
    }

    private TypedEndpoint AddValueTask<T1, T2, TResult>(string[] methods, string path, Func<T1, T2, ValueTask<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 2);
        return builder.Finish(new Invoker<T1, T2, TResult>(handler, builder.Bind<T1>(0), builder.Bind<T2>(1)), builder.Json<TResult>());
    }

    private TypedEndpoint AddStream<T1, T2, TItem>(string[] methods, string path, Func<T1, T2, IAsyncEnumerable<TItem>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 2);
        return builder.Finish(new Invoker<T1, T2, IAsyncEnumerable<TItem>>((a1, a2) => new ValueTask<IAsyncEnumerable<TItem>>(handler(a1, a2)), builder.Bind<T1>(0), builder.Bind<T2>(1)), builder.EventStream<TItem>());
    }

    private TypedEndpoint AddSync<T1, T2, T3, TResult>(string[] methods, string path, Func<T1, T2, T3, TResult> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 3);
        return builder.Finish(new Invoker<T1, T2, T3, TResult>((a1, a2, a3) => new ValueTask<TResult>(handler(a1, a2, a3)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2)), builder.Json<TResult>());
    }

    private TypedEndpoint AddTask<T1, T2, T3, TResult>(string[] methods, string path, Func<T1, T2, T3, Task<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 3);
        return builder.Finish(new Invoker<T1, T2, T3, TResult>((a1, a2, a3) => new ValueTask<TResult>(handler(a1, a2, a3)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2)), builder.Json<TResult>());
    }

    private TypedEndpoint AddValueTask<T1, T2, T3, TResult>(string[] methods, string path, Func<T1, T2, T3, ValueTask<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 3);
        return builder.Finish(new Invoker<T1, T2, T3, TResult>(handler, builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2)), builder.Json<TResult>());
    }

    private TypedEndpoint AddStream<T1, T2, T3, TItem>(string[] methods, string path, Func<T1, T2, T3, IAsyncEnumerable<TItem>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 3);
        return builder.Finish(new Invoker<T1, T2, T3, IAsyncEnumerable<TItem>>((a1, a2, a3) => new ValueTask<IAsyncEnumerable<TItem>>(handler(a1, a2, a3)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2)), builder.EventStream<TItem>());
    }

    private TypedEndpoint AddSync<T1, T2, T3, T4, TResult>(string[] methods, string path, Func<T1, T2, T3, T4, TResult> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 4);
        return builder.Finish(new Invoker<T1, T2, T3, T4, TResult>((a1, a2, a3, a4) => new ValueTask<TResult>(handler(a1, a2, a3, a4)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3)), builder.Json<TResult>());
    }

    private TypedEndpoint AddTask<T1, T2, T3, T4, TResult>(string[] methods, string path, Func<T1, T2, T3, T4, Task<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 4);
        return builder.Finish(new Invoker<T1, T2, T3, T4, TResult>((a1, a2, a3, a4) => new ValueTask<TResult>(handler(a1, a2, a3, a4)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3)), builder.Json<TResult>());
    }

    private TypedEndpoint AddValueTask<T1, T2, T3, T4, TResult>(string[] methods, string path, Func<T1, T2, T3, T4, ValueTask<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 4);
        return builder.Finish(new Invoker<T1, T2, T3, T4, TResult>(handler, builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3)), builder.Json<TResult>());
    }

    private TypedEndpoint AddStream<T1, T2, T3, T4, TItem>(string[] methods, string path, Func<T1, T2, T3, T4, IAsyncEnumerable<TItem>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 4);
        return builder.Finish(new Invoker<T1, T2, T3, T4, IAsyncEnumerable<TItem>>((a1, a2, a3, a4) => new ValueTask<IAsyncEnumerable<TItem>>(handler(a1, a2, a3, a4)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3)), builder.EventStream<TItem>());
    }

    private TypedEndpoint AddSync<T1, T2, T3, T4, T5, TResult>(string[] methods, string path, Func<T1, T2, T3, T4, T5, TResult> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 5);
        return builder.Finish(new Invoker<T1, T2, T3, T4, T5, TResult>((a1, a2, a3, a4, a5) => new ValueTask<TResult>(handler(a1, a2, a3, a4, a5)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3), builder.Bind<T5>(4)), builder.Json<TResult>());
    }

    private TypedEndpoint AddTask<T1, T2, T3, T4, T5, TResult>(string[] methods, string path, Func<T1, T2, T3, T4, T5, Task<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 5);
        return builder.Finish(new Invoker<T1, T2, T3, T4, T5, TResult>((a1, a2, a3, a4, a5) => new ValueTask<TResult>(handler(a1, a2, a3, a4, a5)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3), builder.Bind<T5>(4)), builder.Json<TResult>());
    }

    private TypedEndpoint AddValueTask<T1, T2, T3, T4, T5, TResult>(string[] methods, string path, Func<T1, T2, T3, T4, T5, ValueTask<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 5);
        return builder.Finish(new Invoker<T1, T2, T3, T4, T5, TResult>(handler, builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3), builder.Bind<T5>(4)), builder.Json<TResult>());
    }

    private TypedEndpoint AddStream<T1, T2, T3, T4, T5, TItem>(string[] methods, string path, Func<T1, T2, T3, T4, T5, IAsyncEnumerable<TItem>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 5);
        return builder.Finish(new Invoker<T1, T2, T3, T4, T5, IAsyncEnumerable<TItem>>((a1, a2, a3, a4, a5) => new ValueTask<IAsyncEnumerable<TItem>>(handler(a1, a2, a3, a4, a5)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3), builder.Bind<T5>(4)), builder.EventStream<TItem>());
    }

    private TypedEndpoint AddSync<T1, T2, T3, T4, T5, T6, TResult>(string[] methods, string path, Func<T1, T2, T3, T4, T5, T6, TResult> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 6);
        return builder.Finish(new Invoker<T1, T2, T3, T4, T5, T6, TResult>((a1, a2, a3, a4, a5, a6) => new ValueTask<TResult>(handler(a1, a2, a3, a4, a5, a6)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3), builder.Bind<T5>(4), builder.Bind<T6>(5)), builder.Json<TResult>());
    }

    private TypedEndpoint AddTask<T1, T2, T3, T4, T5, T6, TResult>(string[] methods, string path, Func<T1, T2, T3, T4, T5, T6, Task<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 6);
        return builder.Finish(new Invoker<T1, T2, T3, T4, T5, T6, TResult>((a1, a2, a3, a4, a5, a6) => new ValueTask<TResult>(handler(a1, a2, a3, a4, a5, a6)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3), builder.Bind<T5>(4), builder.Bind<T6>(5)), builder.Json<TResult>());
    }

    private TypedEndpoint AddValueTask<T1, T2, T3, T4, T5, T6, TResult>(string[] methods, string path, Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 6);
        return builder.Finish(new Invoker<T1, T2, T3, T4, T5, T6, TResult>(handler, builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3), builder.Bind<T5>(4), builder.Bind<T6>(5)), builder.Json<TResult>());
    }

    private TypedEndpoint AddStream<T1, T2, T3, T4, T5, T6, TItem>(string[] methods, string path, Func<T1, T2, T3, T4, T5, T6, IAsyncEnumerable<TItem>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var builder = new EndpointBuilder(this, methods, path, handler, 6);
        return builder.Finish(new Invoker<T1, T2, T3, T4, T5, T6, IAsyncEnumerable<TItem>>((a1, a2, a3, a4, a5, a6) => new ValueTask<IAsyncEnumerable<TItem>>(handler(a1, a2, a3, a4, a5, a6)), builder.Bind<T1>(0), builder.Bind<T2>(1), builder.Bind<T3>(2), builder.Bind<T4>(3), builder.Bind<T5>(4), builder.Bind<T6>(5)), builder.EventStream<TItem>());
    }
}

/// <summary>Binds and calls a handler of 0 parameters: every argument is bound (so every error is reported) before the call.</summary>
internal sealed class Invoker<TResult>(Func<ValueTask<TResult>> handler) : EndpointInvoker<TResult>
{
    public override bool TryInvoke(BindingContext context, out ValueTask<TResult> result)
    {
        var ok = true;
        result = ok ? handler() : default;
        return ok;
    }
}

/// <summary>Binds and calls a handler of 1 parameter: every argument is bound (so every error is reported) before the call.</summary>
internal sealed class Invoker<T1, TResult>(Func<T1, ValueTask<TResult>> handler, ParameterBinder<T1> b1) : EndpointInvoker<TResult>
{
    public override bool TryInvoke(BindingContext context, out ValueTask<TResult> result)
    {
        var ok = true;
        ok &= b1.TryBind(context, out var a1);
        result = ok ? handler(a1) : default;
        return ok;
    }
}

/// <summary>Binds and calls a handler of 2 parameters: every argument is bound (so every error is reported) before the call.</summary>
internal sealed class Invoker<T1, T2, TResult>(Func<T1, T2, ValueTask<TResult>> handler, ParameterBinder<T1> b1, ParameterBinder<T2> b2) : EndpointInvoker<TResult>
{
    public override bool TryInvoke(BindingContext context, out ValueTask<TResult> result)
    {
        var ok = true;
        ok &= b1.TryBind(context, out var a1);
        ok &= b2.TryBind(context, out var a2);
        result = ok ? handler(a1, a2) : default;
        return ok;
    }
}

/// <summary>Binds and calls a handler of 3 parameters: every argument is bound (so every error is reported) before the call.</summary>
internal sealed class Invoker<T1, T2, T3, TResult>(Func<T1, T2, T3, ValueTask<TResult>> handler, ParameterBinder<T1> b1, ParameterBinder<T2> b2, ParameterBinder<T3> b3) : EndpointInvoker<TResult>
{
    public override bool TryInvoke(BindingContext context, out ValueTask<TResult> result)
    {
        var ok = true;
        ok &= b1.TryBind(context, out var a1);
        ok &= b2.TryBind(context, out var a2);
        ok &= b3.TryBind(context, out var a3);
        result = ok ? handler(a1, a2, a3) : default;
        return ok;
    }
}

/// <summary>Binds and calls a handler of 4 parameters: every argument is bound (so every error is reported) before the call.</summary>
internal sealed class Invoker<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, ValueTask<TResult>> handler, ParameterBinder<T1> b1, ParameterBinder<T2> b2, ParameterBinder<T3> b3, ParameterBinder<T4> b4) : EndpointInvoker<TResult>
{
    public override bool TryInvoke(BindingContext context, out ValueTask<TResult> result)
    {
        var ok = true;
        ok &= b1.TryBind(context, out var a1);
        ok &= b2.TryBind(context, out var a2);
        ok &= b3.TryBind(context, out var a3);
        ok &= b4.TryBind(context, out var a4);
        result = ok ? handler(a1, a2, a3, a4) : default;
        return ok;
    }
}

/// <summary>Binds and calls a handler of 5 parameters: every argument is bound (so every error is reported) before the call.</summary>
internal sealed class Invoker<T1, T2, T3, T4, T5, TResult>(Func<T1, T2, T3, T4, T5, ValueTask<TResult>> handler, ParameterBinder<T1> b1, ParameterBinder<T2> b2, ParameterBinder<T3> b3, ParameterBinder<T4> b4, ParameterBinder<T5> b5) : EndpointInvoker<TResult>
{
    public override bool TryInvoke(BindingContext context, out ValueTask<TResult> result)
    {
        var ok = true;
        ok &= b1.TryBind(context, out var a1);
        ok &= b2.TryBind(context, out var a2);
        ok &= b3.TryBind(context, out var a3);
        ok &= b4.TryBind(context, out var a4);
        ok &= b5.TryBind(context, out var a5);
        result = ok ? handler(a1, a2, a3, a4, a5) : default;
        return ok;
    }
}

/// <summary>Binds and calls a handler of 6 parameters: every argument is bound (so every error is reported) before the call.</summary>
internal sealed class Invoker<T1, T2, T3, T4, T5, T6, TResult>(Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> handler, ParameterBinder<T1> b1, ParameterBinder<T2> b2, ParameterBinder<T3> b3, ParameterBinder<T4> b4, ParameterBinder<T5> b5, ParameterBinder<T6> b6) : EndpointInvoker<TResult>
{
    public override bool TryInvoke(BindingContext context, out ValueTask<TResult> result)
    {
        var ok = true;
        ok &= b1.TryBind(context, out var a1);
        ok &= b2.TryBind(context, out var a2);
        ok &= b3.TryBind(context, out var a3);
        ok &= b4.TryBind(context, out var a4);
        ok &= b5.TryBind(context, out var a5);
        ok &= b6.TryBind(context, out var a6);
        result = ok ? handler(a1, a2, a3, a4, a5, a6) : default;
        return ok;
    }
}
