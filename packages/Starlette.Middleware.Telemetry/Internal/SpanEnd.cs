using System.Diagnostics;

namespace Starlette.Middleware.Telemetry;

/// <summary>Completes a server span: its final name (<c>{method} {route}</c>), the response status, and the error, if any.</summary>
internal static class SpanEnd
{
    public static void Complete(Activity activity, string method, string? route, int status, string? errorType, Exception? error)
    {
        if (route is not null)
        {
            activity.DisplayName = method == SemanticConventions.OtherMethod ? "HTTP " + route : method + " " + route;
            activity.SetTag(SemanticConventions.Route, route);
        }

        if (status != 0) activity.SetTag(SemanticConventions.ResponseStatusCode, StatusText.Boxed(status));
        if (errorType is not null)
        {
            activity.SetTag(SemanticConventions.ErrorType, errorType);
            activity.SetStatus(ActivityStatusCode.Error, error?.Message);
        }

        if (error is not null) activity.AddException(error);
    }
}
