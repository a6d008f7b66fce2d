namespace Starlette.Routing;

/// <summary>
/// Runs an application's startup and hands back what shutdown needs (upstream's lifespan async context manager):
/// startup is the delegate's body, shutdown is the returned handle's <see cref="LifespanHandle.DisposeAsync"/>.
/// </summary>
/// <param name="app">The application running the lifespan (<c>scope.Items["app"]</c>, e.g. a <c>StarletteApp</c>), or
/// <see langword="null"/> for a bare router.</param>
/// <returns>The handle carrying the lifespan state and the shutdown; <see langword="null"/> when there is neither.</returns>
/// <example>
/// <code>
/// Lifespan lifespan = async app =>
/// {
///     var pool = await ConnectionPool.OpenAsync();
///     return new LifespanHandle(new Dictionary&lt;string, object?&gt; { ["pool"] = pool }, () => pool.DisposeAsync());
/// };
/// </code>
/// </example>
public delegate ValueTask<LifespanHandle?> Lifespan(IRoutedApp? app);
