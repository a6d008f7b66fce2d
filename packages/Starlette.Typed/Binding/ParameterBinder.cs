namespace Starlette.Typed;

/// <summary>Produces one handler argument from a request, or records why it cannot.</summary>
/// <typeparam name="T">The parameter's type.</typeparam>
internal abstract class ParameterBinder<T>(ParameterModel model)
{
    public ParameterModel Model { get; } = model;

    /// <summary>Binds the argument.</summary>
    /// <param name="context">The request being bound; errors go there.</param>
    /// <param name="value">The argument, when bound.</param>
    /// <returns>Whether it was bound.</returns>
    public abstract bool TryBind(BindingContext context, out T value);

    /// <summary>Runs the parameter's DataAnnotations on a bound value.</summary>
    protected bool Validate(BindingContext context, T value)
    {
        var validators = Model.Validators;
        if (validators.Length == 0) return true;
        var ok = true;
        foreach (var validator in validators)
        {
            if (Annotations.Check(validator, value, value ?? (object)Model.Name, Model.Name) is not { } error) continue;
            context.AddError(Model.Source, Model.Name, error);
            ok = false;
        }

        return ok;
    }

    /// <summary>The value of a missing parameter: its default when optional, else an error.</summary>
    protected bool Missing(BindingContext context, out T value)
    {
        value = Model.DefaultValue is T fallback ? fallback : default!;
        if (!Model.Required) return true;
        context.AddError(Model.Source, Model.Name, "Field required.");
        return false;
    }
}
