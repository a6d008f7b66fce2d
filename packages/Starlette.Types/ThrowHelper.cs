using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Starlette.Types;

/// <summary>Throws the contract's exceptions from one place, keeping callers small enough to inline.</summary>
internal static class ThrowHelper
{
    public static T IfNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static string IfNullOrEmpty([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        return value;
    }

    [DoesNotReturn]
    public static T ThrowArgumentOutOfRange<T>(string name, object value, string message) =>
        throw new ArgumentOutOfRangeException(name, value, message);

    [DoesNotReturn]
    public static T ThrowInvalidOperation<T>(string message) => throw new InvalidOperationException(message);
}
