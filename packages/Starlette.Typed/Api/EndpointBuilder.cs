using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Starlette.Requests;
using Starlette.Routing;

namespace Starlette.Typed;

/// <summary>
/// Registers one handler: reads its parameters' names, attributes, nullability and defaults (from the delegate's
/// method, which is trim-safe reading, no code generation), decides each parameter's source, and creates its binder.
/// </summary>
internal sealed class EndpointBuilder
{
    private readonly TypedApi _api;
    private readonly ParameterInfo[] _parameters;
    private readonly IReadOnlyDictionary<string, Convertor> _convertors;
    private readonly NullabilityInfoContext _nullability = new();

    public EndpointBuilder(TypedApi api, string[] methods, string path, Delegate handler, int arity)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(handler);
        _api = api;
        _parameters = handler.Method.GetParameters();
        if (_parameters.Length != arity) throw new ArgumentException("The handler's parameters could not be read.", nameof(handler));
        foreach (var parameter in _parameters)
        {
            if (string.IsNullOrEmpty(parameter.Name)) throw new ArgumentException("The handler's parameter names are not available (trimmed metadata?); name them with [FromQuery(\"name\")] and the like.", nameof(handler));
        }

        _convertors = new Route(path, static (_, _, _) => ValueTask.CompletedTask).ParamConvertors;
        Endpoint = new TypedEndpoint(methods, path);
    }

    public TypedEndpoint Endpoint { get; }

    public ParameterBinder<T> Bind<T>(int index)
    {
        var parameter = _parameters[index];
        var binder = Create<T>(parameter);
        Endpoint.Parameters.Add(binder.Model);
        if (binder.Model.Source == ParameterSource.Body) Endpoint.Shape.ReadsBody = true;
        if (binder.Model.Source == ParameterSource.Services) Endpoint.Shape.UsesServices = true;
        return binder;
    }

    public TypedEndpoint Finish<TResult>(EndpointInvoker<TResult> invoker, ResultWriter<TResult> writer)
    {
        var bodies = Endpoint.Parameters.Count(p => p.Source == ParameterSource.Body);
        if (bodies > 1) throw new ArgumentException($"The handler of {Endpoint.Path} has {bodies} body parameters; at most one parameter can be bound from the JSON body.");
        var runner = new EndpointRunner<TResult>(invoker, writer, Endpoint.Shape, _api.Options.Services);
        Endpoint.Complete(runner.HandleAsync, writer.DocumentedType, writer.IsEventStream);
        _api.Add(Endpoint);
        return Endpoint;
    }

    public JsonResultWriter<TResult> Json<TResult>() => new(_api.SerializerOptions);

    public EventStreamResultWriter<TItem> EventStream<TItem>() => new(_api.SerializerOptions);

    private ParameterBinder<T> Create<T>(ParameterInfo parameter)
    {
        var type = typeof(T);
        var attribute = parameter.GetCustomAttributes(typeof(BindingSourceAttribute), inherit: false).OfType<BindingSourceAttribute>().FirstOrDefault();
        var source = attribute?.Source ?? Infer(type, parameter.Name!);
        var name = source == ParameterSource.Header
            ? (attribute?.Name ?? HeaderNames.FromParameter(parameter.Name!)).ToLowerInvariant()
            : attribute?.Name ?? parameter.Name!;
        var nullable = Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && _nullability.Create(parameter).WriteState == NullabilityState.Nullable);
        // A lambda converted to Func<...> cannot declare default values (CS9099): [DefaultValue(...)] stands in.
        var declared = parameter.GetCustomAttributes(typeof(DefaultValueAttribute), inherit: false).OfType<DefaultValueAttribute>().FirstOrDefault();
        var hasDefault = parameter.HasDefaultValue || declared is not null;
        var defaultValue = parameter.HasDefaultValue ? parameter.DefaultValue : declared?.Value;
        var model = new ParameterModel(name, type, source)
        {
            Required = !nullable && !hasDefault,
            DefaultValue = defaultValue,
            Convertor = source == ParameterSource.Path && _convertors.TryGetValue(name, out var convertor) ? convertor : null,
            Validators = [.. parameter.GetCustomAttributes(typeof(ValidationAttribute), inherit: true).OfType<ValidationAttribute>()],
        };
        switch (source)
        {
            case ParameterSource.Request:
                return new RequestBinder<T>(model);
            case ParameterSource.Cancellation:
                return new CancellationBinder<T>(model);
            case ParameterSource.Services:
                return new ServiceBinder<T>(model);
            case ParameterSource.Path:
                if (model.Convertor is null) throw new ArgumentException($"The parameter '{parameter.Name}' is bound from the path, but {Endpoint.Path} has no '{{{name}}}'.");
                return new PathBinder<T>(model);
            case ParameterSource.Body:
                var typeInfo = (JsonTypeInfo<T>)_api.SerializerOptions.GetTypeInfo(type);
                return new BodyBinder<T>(model, typeInfo, _api.Validators.For(typeInfo));
            default:
                return TextBinders.Create<T>(model) ?? throw new ArgumentException($"The parameter '{parameter.Name}' of type {type} cannot be read from the {ParameterSourceNames.Of(source)}: use a string, a number, a bool, a Guid, a date or time, an enum, or an array of those.");
        }
    }

    private ParameterSource Infer(Type type, string name)
    {
        if (type == typeof(Request) || type == typeof(HttpConnection)) return ParameterSource.Request;
        if (type == typeof(CancellationToken)) return ParameterSource.Cancellation;
        if (type == typeof(IServiceProvider)) return ParameterSource.Services;
        if (_convertors.ContainsKey(name)) return ParameterSource.Path;
        if (_api.IsService(type)) return ParameterSource.Services;
        return TextBinders.Supports(type) ? ParameterSource.Query : ParameterSource.Body;
    }
}
