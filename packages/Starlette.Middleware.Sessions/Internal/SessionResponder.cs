using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>One request's send: at <c>http.response.start</c>, adds <c>Vary: Cookie</c> and the <c>Set-Cookie</c> the session calls for.</summary>
internal sealed class SessionResponder(SessionSettings settings, Scope scope, Send send, bool initialSessionWasEmpty)
{
    public ValueTask SendAsync(AsgiMessage message)
    {
        if (message is HttpResponseStartMessage start) Apply(start.Headers);
        return send(message);
    }

    private void Apply(List<HttpHeader> headers)
    {
        // The app may have replaced the session: use whatever is in the scope now, as upstream does.
        scope.TryGetItem(ScopeItemKeys.Session, out var current);
        bool accessed, modified;
        int count;
        IEnumerable<KeyValuePair<string, object?>> entries;
        switch (current)
        {
            case Session session:
                accessed = session.IsAccessed;
                modified = session.IsModified;
                entries = session.Entries;
                count = session.Entries.Count;
                break;
            case IDictionary<string, object?> dictionary:
                // A dictionary of the app's own cannot say what happened to it: treat it as read and written.
                accessed = modified = true;
                entries = dictionary;
                count = dictionary.Count;
                break;
            default:
                return;
        }

        if (accessed) new MutableHeaders(headers).AddVaryHeader("Cookie");
        if (modified && count > 0)
        {
            var cookie = SessionCodec.Save(settings, entries);
            if (cookie.Length > SessionLog.BrowserCookieLimit) SessionLog.CookieTooLarge(settings.Logger, settings.CookieName, cookie.Length);
            headers.Add(new HttpHeader("set-cookie", cookie));
        }
        else if (modified && !initialSessionWasEmpty) headers.Add(new HttpHeader("set-cookie", settings.ClearingCookie));
    }
}
