using Starlette.Types;

namespace Starlette.Routing;

/// <summary>
/// The changes a matching route makes to the scope before it handles it (upstream's <c>child_scope</c>, applied with
/// <c>scope.update(...)</c>): the merged path parameters, the endpoint, and for a mount the root paths.
/// </summary>
public readonly struct ChildScope
{
    /// <summary>Creates the changes.</summary>
    /// <param name="pathParams">The path parameters to set, or <see langword="null"/> to keep the scope's.</param>
    /// <param name="endpoint">The endpoint to record, or <see langword="null"/>.</param>
    /// <param name="rootPath">The new root path, or <see langword="null"/> to keep it.</param>
    /// <param name="appRootPath">The application root path to record, or <see langword="null"/>.</param>
    public ChildScope(Dictionary<string, object?>? pathParams, object? endpoint, string? rootPath = null, string? appRootPath = null)
    {
        PathParams = pathParams;
        Endpoint = endpoint;
        RootPath = rootPath;
        AppRootPath = appRootPath;
    }

    /// <summary>The path parameters to set (the scope's merged with the matched ones), or <see langword="null"/>.</summary>
    public Dictionary<string, object?>? PathParams { get; }

    /// <summary>The endpoint (<c>scope["endpoint"]</c>), or <see langword="null"/>.</summary>
    public object? Endpoint { get; }

    /// <summary>The new <c>root_path</c>, or <see langword="null"/> to keep it.</summary>
    public string? RootPath { get; }

    /// <summary>The <c>app_root_path</c>, or <see langword="null"/> to keep it.</summary>
    public string? AppRootPath { get; }

    /// <summary>Applies the changes to <paramref name="scope"/>.</summary>
    /// <param name="scope">The scope to update.</param>
    public void ApplyTo(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (PathParams is not null) scope.PathParams = PathParams;
        if (Endpoint is not null) scope.Items[ScopeItemKeys.Endpoint] = Endpoint;
        if (AppRootPath is not null) scope.Items[ScopeItemKeys.AppRootPath] = AppRootPath;
        if (RootPath is not null) scope.RootPath = RootPath;
    }
}
