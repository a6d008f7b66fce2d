using Starlette.Datastructures;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Authentication;

/// <summary>The check behind every <see cref="Requires"/> wrapper: the scopes, the status code and the redirect route.</summary>
internal sealed class ScopeGuard
{
    private readonly string[] _scopes;
    private readonly int _statusCode;
    private readonly string? _redirect;

    private ScopeGuard(string[] scopes, int statusCode, string? redirect)
    {
        _scopes = scopes;
        _statusCode = statusCode;
        _redirect = redirect;
    }

    public static ScopeGuard Create(IEnumerable<string> scopes, int statusCode = Status.Http403Forbidden, string? redirect = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        string[] copy = [.. scopes];
        if (Array.IndexOf(copy, null) >= 0) throw new ArgumentException("A scope is null.", nameof(scopes));
        if (Status.GetReasonPhrase(statusCode) is null)
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, $"{statusCode} is not a valid HTTP status code.");
        return new ScopeGuard(copy, statusCode, redirect);
    }

    /// <summary>Whether the connection's credentials hold every scope.</summary>
    public bool Allows(HttpConnection connection)
    {
        var credentials = connection.Auth;
        foreach (var scope in _scopes)
        {
            if (!credentials.HasScope(scope)) return false;
        }

        return true;
    }

    /// <summary>
    /// <see langword="null"/> when the request may go on; else a 303 to the redirect route with the request's URL
    /// in <c>next</c>, or (without a redirect route) an <see cref="HttpException"/> with the status code.
    /// </summary>
    public Response? Deny(Request request)
    {
        if (Allows(request)) return null;
        if (_redirect is null) throw new HttpException(_statusCode);
        var next = new QueryParams([new KeyValuePair<string, string>("next", request.Url.ToString())]);
        return new RedirectResponse($"{request.UrlFor(_redirect)}?{next}", Status.Http303SeeOther);
    }
}
