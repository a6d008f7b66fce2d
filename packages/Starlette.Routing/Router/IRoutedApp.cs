using Starlette.Types;

namespace Starlette.Routing;

/// <summary>
/// An app that exposes its routes (a <see cref="Router"/>, an application): mounting one lets
/// <see cref="Mount"/> and <see cref="Host"/> build the paths of its named routes (upstream reads <c>app.routes</c>).
/// </summary>
public interface IRoutedApp
{
    /// <summary>The app's routes, in order.</summary>
    IReadOnlyList<BaseRoute> Routes { get; }

    /// <summary>Runs the app.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="receive">The receive channel.</param>
    /// <param name="send">The send channel.</param>
    /// <returns>A task that completes when the connection is handled.</returns>
    ValueTask InvokeAsync(Scope scope, Receive receive, Send send);
}
