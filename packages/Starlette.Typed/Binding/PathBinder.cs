using System.Globalization;

namespace Starlette.Typed;

/// <summary>
/// Binds a path parameter from <c>scope.PathParams</c>, where the route's convertor already put the converted value
/// (an <c>{id:int}</c> arrives as an <see cref="int"/> and is unboxed here); other types are converted or parsed.
/// </summary>
internal sealed class PathBinder<T>(ParameterModel model) : ParameterBinder<T>(model)
{
    private readonly TryParseValue<T>? _parse = ValueParser<T>.Instance;

    public override bool TryBind(BindingContext context, out T value)
    {
        if (!context.Scope.HasPathParams || !context.Scope.PathParams.TryGetValue(Model.Name, out var raw) || raw is null) return Missing(context, out value);
        if (raw is T typed)
        {
            value = typed;
            return Validate(context, value);
        }

        if (Convert(raw, out value)) return Validate(context, value);
        context.AddError(ParameterSource.Path, Model.Name, $"Value is not a valid {TypeNames.Of(typeof(T))}.");
        return false;
    }

    private bool Convert(object raw, out T value)
    {
        if (_parse is null)
        {
            value = default!;
            return false;
        }

        var text = raw as string ?? (raw is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : raw.ToString() ?? "");
        return _parse(text, out value);
    }
}
