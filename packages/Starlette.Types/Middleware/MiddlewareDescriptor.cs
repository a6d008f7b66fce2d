namespace Starlette.Types;

/// <summary>
/// Describes one middleware for an application's middleware list: a factory that wraps the next app, built once
/// when the application builds its stack (upstream's <c>Middleware(cls, *args, **kwargs)</c>).
/// </summary>
/// <example>
/// <code>
/// var timing = new MiddlewareDescriptor("Timing", next => async (scope, receive, send) =>
/// {
///     var started = Stopwatch.GetTimestamp();
///     await next(scope, receive, send);
///     Console.WriteLine($"{scope} took {Stopwatch.GetElapsedTime(started)}");
/// });
/// </code>
/// </example>
public sealed class MiddlewareDescriptor
{
    private readonly Func<AsgiApp, AsgiApp> _factory;

    /// <summary>Creates the descriptor.</summary>
    /// <param name="name">The middleware's name, for <see cref="ToString"/> and errors.</param>
    /// <param name="factory">Wraps the next app in the middleware.</param>
    /// <param name="options">The options the middleware was configured with, for <see cref="ToString"/>; optional.</param>
    public MiddlewareDescriptor(string name, Func<AsgiApp, AsgiApp> factory, object? options = null)
    {
        Name = ThrowHelper.IfNullOrEmpty(name);
        _factory = ThrowHelper.IfNull(factory);
        Options = options;
    }

    /// <summary>The middleware's name.</summary>
    public string Name { get; }

    /// <summary>The options the middleware was configured with, or <see langword="null"/>.</summary>
    public object? Options { get; }

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app the middleware calls.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="InvalidOperationException">The factory returned <see langword="null"/>.</exception>
    public AsgiApp Wrap(AsgiApp next) =>
        _factory(ThrowHelper.IfNull(next)) ?? ThrowHelper.ThrowInvalidOperation<AsgiApp>($"Middleware '{Name}' returned no app.");

    /// <summary>Describes the middleware, e.g. <c>Middleware(Cors, CorsOptions { ... })</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Options is null ? $"Middleware({Name})" : $"Middleware({Name}, {Options})";
}
