using Starlette.Types;

namespace Starlette;

/// <summary>Calls an app for the error middlewares' synchronous fast path: an exception the app throws before it
/// returns a task comes back as a faulted task, so one slow path handles both ways of failing.</summary>
internal static class AppCall
{
    public static ValueTask Start(AsgiApp app, Scope scope, Receive receive, Send send)
    {
        try
        {
            return app(scope, receive, send);
        }
        catch (Exception error)
        {
            return ValueTask.FromException(error);
        }
    }
}
