namespace Starlette.Typed;

/// <summary>Creates the binder of a text-sourced parameter: one value, or an array of the simple types.</summary>
internal static class TextBinders
{
    public static bool Supports(Type type) =>
        IsSimple(type) || (type.IsArray && type.GetElementType() is { } element && IsSimple(element));

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal) || underlying == typeof(Guid)
            || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset) || underlying == typeof(DateOnly) || underlying == typeof(TimeOnly) || underlying == typeof(TimeSpan);
    }

    public static ParameterBinder<T>? Create<T>(ParameterModel model)
    {
        if (ValueParser<T>.Instance is { } parse) return new TextBinder<T>(model, parse);
        object? binder = typeof(T) switch
        {
            var t when t == typeof(string[]) => Array<string>(model),
            var t when t == typeof(int[]) => Array<int>(model),
            var t when t == typeof(long[]) => Array<long>(model),
            var t when t == typeof(double[]) => Array<double>(model),
            var t when t == typeof(bool[]) => Array<bool>(model),
            var t when t == typeof(Guid[]) => Array<Guid>(model),
            _ => null,
        };
        return binder as ParameterBinder<T>;
    }

    private static ArrayBinder<TElement>? Array<TElement>(ParameterModel model) =>
        ValueParser<TElement>.Instance is { } parse ? new ArrayBinder<TElement>(model, parse) : null;
}
