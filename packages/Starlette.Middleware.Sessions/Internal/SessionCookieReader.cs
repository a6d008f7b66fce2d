using Starlette.Common;
using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>
/// Finds one cookie in the request's <c>cookie</c> headers as upstream's <c>request.cookies[name]</c> would, without
/// building the whole cookie dictionary: every header is read, chunks split on <c>;</c>, names and values stripped
/// of Python whitespace, and a later cookie of the same name wins.
/// </summary>
internal static class SessionCookieReader
{
    public static bool TryFind(IReadOnlyList<HttpHeader> headers, string name, out ReadOnlySpan<char> value)
    {
        value = default;
        string? foundIn = null;
        for (var h = 0; h < headers.Count; h++)
        {
            var header = headers[h];
            if (!string.Equals(header.Name, "cookie", StringComparison.OrdinalIgnoreCase)) continue;
            var text = header.Value.AsSpan();
            foreach (var range in text.Split(';'))
            {
                var chunk = text[range];
                var equals = chunk.IndexOf('=');
                if (equals < 0 || !PythonText.Strip(chunk[..equals]).SequenceEqual(name)) continue;
                value = PythonText.Strip(chunk[(equals + 1)..]);
                foundIn = header.Value;
            }
        }

        if (foundIn is null) return false;

        // A double-quoted value is unquoted with its escapes decoded: leave that rare case to the full parser.
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') value = CookieParser.Parse(foundIn)[name];
        return true;
    }
}
