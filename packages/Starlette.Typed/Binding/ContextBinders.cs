using System.Runtime.CompilerServices;

namespace Starlette.Typed;

/// <summary>Binds the <see cref="Starlette.Requests.Request"/> (or its <see cref="Starlette.Requests.HttpConnection"/> base).</summary>
internal sealed class RequestBinder<T>(ParameterModel model) : ParameterBinder<T>(model)
{
    public override bool TryBind(BindingContext context, out T value)
    {
        value = (T)(object)context.Request;
        return true;
    }
}

/// <summary>Binds a <see cref="CancellationToken"/>: the scope's <c>Aborted</c> token, cancelled when the client goes away.</summary>
internal sealed class CancellationBinder<T>(ParameterModel model) : ParameterBinder<T>(model)
{
    public override bool TryBind(BindingContext context, out T value)
    {
        var token = context.Scope.Aborted;
        value = Unsafe.As<CancellationToken, T>(ref token);
        return true;
    }
}

/// <summary>Binds a service from the request's dependency-injection scope; a missing service is a server error.</summary>
internal sealed class ServiceBinder<T>(ParameterModel model) : ParameterBinder<T>(model)
{
    public override bool TryBind(BindingContext context, out T value)
    {
        var service = context.GetService(typeof(T));
        if (service is null && Model.Required)
        {
            throw new InvalidOperationException($"No service of type '{typeof(T)}' is registered for the handler parameter '{Model.Name}' (TypedApiOptions.Services).");
        }

        value = service is T typed ? typed : default!;
        return true;
    }
}
