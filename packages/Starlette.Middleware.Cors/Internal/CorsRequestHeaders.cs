using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Starlette.Types;

namespace Starlette.Middleware.Cors;

/// <summary>
/// The request headers CORS looks at, the first of each (upstream's <c>Headers.get</c>), found in one pass. The
/// preflight ones are only looked for on <c>OPTIONS</c>. Arrays and lists are walked as spans; other header
/// lists (a host's lazy view) through the interface.
/// </summary>
internal struct CorsRequestHeaders
{
    public string? Origin;
    public string? RequestMethod;
    public string? RequestHeaders;
    public string? RequestPrivateNetwork;

    public static CorsRequestHeaders Find(IReadOnlyList<HttpHeader> headers, bool isOptions)
    {
        var found = default(CorsRequestHeaders);
        ReadOnlySpan<HttpHeader> span = headers switch
        {
            HttpHeader[] array => array,
            List<HttpHeader> list => CollectionsMarshal.AsSpan(list),
            _ => default,
        };

        if (span.IsEmpty && headers.Count > 0)
        {
            for (var i = 0; i < headers.Count; i++) found.Observe(headers[i], isOptions);
        }
        else
        {
            foreach (ref readonly var header in span) found.Observe(header, isOptions);
        }

        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Observe(in HttpHeader header, bool isOptions)
    {
        var name = header.Name;
        if (name.Length == CorsHeaderNames.Origin.Length)
        {
            if (string.Equals(name, CorsHeaderNames.Origin, StringComparison.Ordinal)) Origin ??= header.Value;
            return;
        }

        if (!isOptions) return;
        switch (name)
        {
            case CorsHeaderNames.RequestMethod:
                RequestMethod ??= header.Value;
                break;
            case CorsHeaderNames.RequestHeaders:
                RequestHeaders ??= header.Value;
                break;
            case CorsHeaderNames.RequestPrivateNetwork:
                RequestPrivateNetwork ??= header.Value;
                break;
        }
    }
}
