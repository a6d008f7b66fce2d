namespace Starlette.Typed;

/// <summary>Binds a handler's arguments and calls it (one generated subclass per number of parameters).</summary>
/// <typeparam name="TResult">The handler's result type.</typeparam>
internal abstract class EndpointInvoker<TResult>
{
    /// <summary>Binds every argument (recording every error) and, when all bound, calls the handler.</summary>
    /// <param name="context">The request being bound.</param>
    /// <param name="result">The handler's result, when called.</param>
    /// <returns>Whether the handler was called.</returns>
    public abstract bool TryInvoke(BindingContext context, out ValueTask<TResult> result);
}
