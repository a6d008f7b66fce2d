using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette.Typed;

/// <summary>
/// The ASGI app of one typed endpoint: creates the <see cref="Request"/>, reads the body when a parameter needs it,
/// binds and calls the handler, writes its result, and disposes the request's service scope once the response and
/// its background tasks are done. A <see cref="ProblemException"/> becomes a problem response; other exceptions
/// go to the application's exception handlers as a toolkit <see cref="Route"/>'s endpoint's would.
/// </summary>
internal sealed class EndpointRunner<TResult>(EndpointInvoker<TResult> invoker, ResultWriter<TResult> writer, EndpointShape shape, IServiceProvider? services)
{
    public ValueTask HandleAsync(Scope scope, Receive receive, Send send)
    {
        var context = new BindingContext(new Request(scope, receive, send), services);
        if (shape.ReadsBody || shape.UsesServices) return HandleSlowAsync(context, scope, receive, send);
        Response response;
        ValueTask<TResult> calling;
        try
        {
            if (!invoker.TryInvoke(context, out calling)) return Problems.FromBinding(context).ExecuteAsync(scope, receive, send);
            if (!calling.IsCompletedSuccessfully) return FinishAsync(context, calling, scope, receive, send);
            response = writer.Write(calling.Result, shape.StatusCode);
        }
        catch (Exception error) when (Handles(scope, error))
        {
            return HandleErrorAsync(context, error, scope, receive, send);
        }

        return response.ExecuteAsync(scope, receive, send);
    }

    private async ValueTask HandleSlowAsync(BindingContext context, Scope scope, Receive receive, Send send)
    {
        try
        {
            if (shape.ReadsBody) context.Body = await context.Request.BodyAsync().ConfigureAwait(false);
            ValueTask<TResult> calling;
            try
            {
                if (!invoker.TryInvoke(context, out calling))
                {
                    await Problems.FromBinding(context).ExecuteAsync(scope, receive, send).ConfigureAwait(false);
                    return;
                }
            }
            catch (Exception error) when (Handles(scope, error))
            {
                await HandleErrorAsync(context, error, scope, receive, send).ConfigureAwait(false);
                return;
            }

            await FinishAsync(context, calling, scope, receive, send).ConfigureAwait(false);
        }
        finally
        {
            if (context.ServiceScope is { } serviceScope) await serviceScope.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask FinishAsync(BindingContext context, ValueTask<TResult> calling, Scope scope, Receive receive, Send send)
    {
        Response response;
        try
        {
            response = writer.Write(await calling.ConfigureAwait(false), shape.StatusCode);
        }
        catch (Exception error) when (Handles(scope, error))
        {
            await HandleErrorAsync(context, error, scope, receive, send).ConfigureAwait(false);
            return;
        }

        await response.ExecuteAsync(scope, receive, send).ConfigureAwait(false);
    }

    private static bool Handles(Scope scope, Exception error) =>
        error is ProblemException || IEndpointExceptionHandler.Find(scope, error) is not null;

    private static ValueTask HandleErrorAsync(BindingContext context, Exception error, Scope scope, Receive receive, Send send) =>
        error is ProblemException problem
            ? Problems.FromException(problem, scope).ExecuteAsync(scope, receive, send)
            : IEndpointExceptionHandler.Find(scope, error)!.HandleAsync(context.Request, error, scope, receive, send);
}

/// <summary>What the runner needs to know about an endpoint beyond its handler.</summary>
internal sealed class EndpointShape
{
    public bool ReadsBody { get; set; }

    public bool UsesServices { get; set; }

    public int StatusCode { get; set; } = Status.Http200OK;
}
