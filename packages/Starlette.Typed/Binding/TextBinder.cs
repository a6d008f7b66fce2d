namespace Starlette.Typed;

/// <summary>Binds a query parameter, a header or a cookie: one text value parsed into the parameter's type.</summary>
internal sealed class TextBinder<T>(ParameterModel model, TryParseValue<T> parse) : ParameterBinder<T>(model)
{
    public override bool TryBind(BindingContext context, out T value)
    {
        var text = Model.Source switch
        {
            ParameterSource.Query => context.Request.QueryParams.Get(Model.Name),
            ParameterSource.Header => context.Request.Headers.Get(Model.Name),
            _ => context.Request.Cookies.TryGetValue(Model.Name, out var cookie) ? cookie : null,
        };
        if (text is null) return Missing(context, out value);
        if (parse(text, out value)) return Validate(context, value);
        context.AddError(Model.Source, Model.Name, $"Value is not a valid {TypeNames.Of(typeof(T))}.");
        return false;
    }
}

/// <summary>Binds every value of a repeated query parameter or header into an array.</summary>
internal sealed class ArrayBinder<TElement>(ParameterModel model, TryParseValue<TElement> parse) : ParameterBinder<TElement[]>(model)
{
    public override bool TryBind(BindingContext context, out TElement[] value)
    {
        var texts = Model.Source == ParameterSource.Header ? context.Request.Headers.GetList(Model.Name) : context.Request.QueryParams.GetList(Model.Name);
        if (texts.Count == 0)
        {
            var bound = Missing(context, out value);
            value ??= [];
            return bound;
        }

        value = new TElement[texts.Count];
        var ok = true;
        for (var i = 0; i < texts.Count; i++)
        {
            if (parse(texts[i], out value[i])) continue;
            context.AddError(Model.Source, Model.Name, $"Value {i} is not a valid {TypeNames.Of(typeof(TElement))}.");
            ok = false;
        }

        return ok && Validate(context, value);
    }
}
