using Microsoft.Extensions.DependencyInjection;
using Starlette.Requests;
using Starlette.Types;

namespace Starlette.Typed;

/// <summary>
/// One request being bound: the request, its body once read, the errors found so far and the request's
/// dependency-injection scope (created on first use, disposed by the endpoint after the response).
/// </summary>
internal sealed class BindingContext(Request request, IServiceProvider? services)
{
    private AsyncServiceScope? _serviceScope;

    public Request Request { get; } = request;

    public Scope Scope => Request.Scope;

    /// <summary>The request body, once the endpoint has read it.</summary>
    public byte[] Body { get; set; } = [];

    /// <summary>The field errors found so far (<see langword="null"/> when none).</summary>
    public List<FieldError>? Errors { get; private set; }

    /// <summary>The status the problem response gets: 422 for field errors, unless a 400 or 415 was recorded.</summary>
    public int FailureStatus { get; private set; }

    /// <summary>The detail text of a 400 or 415 failure.</summary>
    public string? FailureDetail { get; private set; }

    /// <summary>Whether the request's service scope was created.</summary>
    public AsyncServiceScope? ServiceScope => _serviceScope;

    public void AddError(ParameterSource source, string name, string detail)
    {
        var location = ParameterSourceNames.Of(source);
        (Errors ??= []).Add(source == ParameterSource.Body
            ? new FieldError { In = location, Pointer = name, Detail = detail }
            : new FieldError { In = location, Name = name, Detail = detail });
        if (FailureStatus == 0) FailureStatus = Status.Http422UnprocessableContent;
    }

    /// <summary>Records a failure that is not a field error (400 malformed JSON, 415 wrong content type).</summary>
    public void Fail(int status, string detail)
    {
        if (FailureStatus is Status.Http415UnsupportedMediaType) return;
        FailureStatus = status;
        FailureDetail = detail;
    }

    /// <summary>Resolves a service from the request's scope, creating the scope on first use.</summary>
    public object? GetService(Type type)
    {
        if (services is null) return null;
        _serviceScope ??= services.CreateAsyncScope();
        return type == typeof(IServiceProvider) ? _serviceScope.Value.ServiceProvider : _serviceScope.Value.ServiceProvider.GetService(type);
    }
}
