using Starlette.Requests;
using Starlette.Responses;
using Starlette.WebSockets;

namespace Starlette;

/// <summary>
/// The exception handlers of an application (upstream's <c>exception_handlers</c> mapping): HTTP handlers keyed by
/// status code (for <see cref="Types.HttpException"/>) or by exception type, and WebSocket handlers keyed by
/// exception type. A type's handler also catches exceptions derived from it; the most derived registered type wins.
/// </summary>
public sealed class ExceptionHandlers
{
    private readonly Dictionary<int, Func<Request, Exception, ValueTask<Response>>> _status = [];
    private readonly Dictionary<Type, Func<Request, Exception, ValueTask<Response>>> _http = [];
    private readonly Dictionary<Type, Func<WebSocket, Exception, ValueTask>> _webSocket = [];

    /// <summary>Creates an empty table.</summary>
    public ExceptionHandlers()
    {
    }

    /// <summary>Creates a copy of <paramref name="other"/>.</summary>
    /// <param name="other">The table to copy.</param>
    public ExceptionHandlers(ExceptionHandlers other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _status = new(other._status);
        _http = new(other._http);
        _webSocket = new(other._webSocket);
    }

    /// <summary>Whether the table holds a handler for status 500 or for <see cref="Exception"/> itself, which
    /// <see cref="ServerErrorMiddleware"/> uses instead of its plain 500.</summary>
    public Func<Request, Exception, ValueTask<Response>>? ServerErrorHandler =>
        _status.TryGetValue(500, out var byStatus) ? byStatus
        : _http.TryGetValue(typeof(Exception), out var byType) ? byType : null;

    /// <summary>Whether any HTTP handler is registered.</summary>
    internal bool HasHttpHandlers => _status.Count > 0 || _http.Count > 0;

    /// <summary>Handles <see cref="Types.HttpException"/>s with the given status code; the handler receives the
    /// exception typed.</summary>
    /// <param name="statusCode">The status code; not 500, whose handler receives any exception (<see cref="AddServerError"/>).</param>
    /// <param name="handler">Returns the response to send.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is 500.</exception>
    /// <example><code>handlers.Add(404, (request, error) => ValueTask.FromResult&lt;Response&gt;(new PlainTextResponse(error.Detail, 404)));</code></example>
    public void Add(int statusCode, Func<Request, Types.HttpException, ValueTask<Response>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (statusCode == 500)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode,
                "The status 500 handler receives any exception, not only an HttpException: register it with AddServerError.");
        }

        _status[statusCode] = (request, error) => handler(request, (Types.HttpException)error);
    }

    /// <summary>Handles every exception the application does not otherwise handle, and <see cref="Types.HttpException"/>s
    /// with status 500 (upstream's <c>exception_handlers={500: handler}</c>); <see cref="ServerErrorMiddleware"/> uses it
    /// instead of its plain 500.</summary>
    /// <param name="handler">Returns the response to send.</param>
    public void AddServerError(Func<Request, Exception, ValueTask<Response>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _status[500] = handler;
    }

    /// <summary>Handles exceptions of <paramref name="exceptionType"/> (or derived) raised by HTTP requests.</summary>
    /// <param name="exceptionType">A type deriving from <see cref="Exception"/>.</param>
    /// <param name="handler">Returns the response to send.</param>
    /// <exception cref="ArgumentException"><paramref name="exceptionType"/> is not an exception type.</exception>
    public void Add(Type exceptionType, Func<Request, Exception, ValueTask<Response>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _http[CheckType(exceptionType)] = handler;
    }

    /// <summary>Handles exceptions of <typeparamref name="TException"/> (or derived) raised by HTTP requests.</summary>
    /// <typeparam name="TException">The exception type.</typeparam>
    /// <param name="handler">Returns the response to send.</param>
    public void Add<TException>(Func<Request, TException, ValueTask<Response>> handler)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(handler);
        _http[typeof(TException)] = (request, error) => handler(request, (TException)error);
    }

    /// <summary>Handles exceptions of <paramref name="exceptionType"/> (or derived) raised in WebSocket sessions.</summary>
    /// <param name="exceptionType">A type deriving from <see cref="Exception"/>.</param>
    /// <param name="handler">Handles the session, typically by closing it.</param>
    /// <exception cref="ArgumentException"><paramref name="exceptionType"/> is not an exception type.</exception>
    public void AddWebSocket(Type exceptionType, Func<WebSocket, Exception, ValueTask> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _webSocket[CheckType(exceptionType)] = handler;
    }

    /// <summary>Handles exceptions of <typeparamref name="TException"/> (or derived) raised in WebSocket sessions.</summary>
    /// <typeparam name="TException">The exception type.</typeparam>
    /// <param name="handler">Handles the session, typically by closing it.</param>
    public void AddWebSocket<TException>(Func<WebSocket, TException, ValueTask> handler)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(handler);
        _webSocket[typeof(TException)] = (webSocket, error) => handler(webSocket, (TException)error);
    }

    /// <summary>Finds the HTTP handler for <paramref name="error"/>: by status code first, then by type.</summary>
    /// <param name="error">The exception.</param>
    /// <returns>The handler, or <see langword="null"/>.</returns>
    public Func<Request, Exception, ValueTask<Response>>? FindHttp(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is Types.HttpException http && _status.TryGetValue(http.StatusCode, out var byStatus)) return byStatus;
        return Lookup(_http, error.GetType());
    }

    /// <summary>Finds the WebSocket handler for <paramref name="error"/> by type.</summary>
    /// <param name="error">The exception.</param>
    /// <returns>The handler, or <see langword="null"/>.</returns>
    public Func<WebSocket, Exception, ValueTask>? FindWebSocket(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Lookup(_webSocket, error.GetType());
    }

    /// <summary>A copy without the handlers <see cref="ServerErrorHandler"/> reads (status 500 and
    /// <see cref="Exception"/>), which the application gives to <see cref="ServerErrorMiddleware"/> instead.</summary>
    internal ExceptionHandlers WithoutServerError()
    {
        var copy = new ExceptionHandlers(this);
        copy._status.Remove(500);
        copy._http.Remove(typeof(Exception));
        return copy;
    }

    private static T? Lookup<T>(Dictionary<Type, T> table, Type? type)
        where T : class
    {
        for (; type is not null; type = type.BaseType)
        {
            if (table.TryGetValue(type, out var handler)) return handler;
        }

        return null;
    }

    private static Type CheckType(Type exceptionType)
    {
        ArgumentNullException.ThrowIfNull(exceptionType);
        if (!typeof(Exception).IsAssignableFrom(exceptionType))
            throw new ArgumentException($"'{exceptionType}' is not an exception type.", nameof(exceptionType));
        return exceptionType;
    }
}
