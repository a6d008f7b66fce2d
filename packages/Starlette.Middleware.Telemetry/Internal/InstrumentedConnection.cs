using System.Diagnostics;
using Starlette.Types;

namespace Starlette.Middleware.Telemetry;

/// <summary>
/// One traced and measured connection: counts it as active, starts its span, watches the status it sends (a
/// WebSocket accept is a 101, a close before accept a 403) and, when the app is done, ends the span and records the
/// duration with the route the router matched.
/// </summary>
internal sealed class InstrumentedConnection(Scope scope, Send send, TelemetryInstruments instruments)
{
    private int _status;

    public async ValueTask RunAsync(AsgiApp next, Receive receive, DistributedContextPropagator? propagator)
    {
        var started = Stopwatch.GetTimestamp();
        var method = RequestAttributes.Method(scope);
        var active = instruments.Active.Enabled;
        if (active) instruments.Active.Add(1, ActiveTags(method));
        using var activity = instruments.Source.HasListeners() ? SpanStart.Start(instruments.Source, scope, method, propagator ?? DistributedContextPropagator.Current) : null;
        Exception? error = null;
        try
        {
            await next(scope, receive, SendAsync).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
            throw;
        }
        finally
        {
            if (active) instruments.Active.Add(-1, ActiveTags(method));
            var status = _status != 0 ? _status : error is not null ? Status.Http500InternalServerError : 0;
            var route = scope.TryGetItem(ScopeItemKeys.RouteTemplate, out var value) ? value as string : null;
            var errorType = error?.GetType().FullName ?? (status >= 500 ? StatusText.Of(status) : null);
            if (activity is not null) SpanEnd.Complete(activity, method, route, status, errorType, error);
            if (instruments.Duration.Enabled) RecordDuration(started, method, route, status, errorType);
        }
    }

    private ValueTask SendAsync(AsgiMessage message)
    {
        switch (message)
        {
            case HttpResponseStartMessage start:
                _status = start.Status;
                break;
            case WebSocketAcceptMessage:
                _status = Status.Http101SwitchingProtocols;
                break;
            case WebSocketHttpResponseStartMessage denial:
                _status = denial.Status;
                break;
            case WebSocketCloseMessage when _status == 0:
                _status = Status.Http403Forbidden;
                break;
        }

        return send(message);
    }

    private TagList ActiveTags(string method) => new()
    {
        { SemanticConventions.RequestMethod, method },
        { SemanticConventions.UrlScheme, scope.Scheme },
    };

    private void RecordDuration(long started, string method, string? route, int status, string? errorType)
    {
        var tags = new TagList
        {
            { SemanticConventions.RequestMethod, method },
            { SemanticConventions.UrlScheme, scope.Scheme },
            { SemanticConventions.ProtocolName, "http" },
            { SemanticConventions.ProtocolVersion, scope.HttpVersion },
        };
        if (route is not null) tags.Add(SemanticConventions.Route, route);
        if (status != 0) tags.Add(SemanticConventions.ResponseStatusCode, StatusText.Boxed(status));
        if (errorType is not null) tags.Add(SemanticConventions.ErrorType, errorType);
        instruments.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }
}
