using Starlette.Responses;
using Starlette.Types;

namespace Starlette.StaticFiles.Internal;

/// <summary>
/// Upstream's <c>NotModifiedResponse</c>: a 304 with no body that keeps, in order, only the file response's headers a
/// 304 may carry (<c>cache-control</c>, <c>content-location</c>, <c>date</c>, <c>etag</c>, <c>expires</c>, <c>vary</c>).
/// </summary>
internal sealed class NotModifiedResponse(IReadOnlyList<HttpHeader> fileHeaders)
    : Response(ReadOnlyMemory<byte>.Empty, Status.Http304NotModified, Kept(fileHeaders))
{
    private static HeaderFields Kept(IReadOnlyList<HttpHeader> headers) =>
        HeaderFields.From(headers.Where(static header => header.Name is "cache-control" or "content-location" or "date" or "etag" or "expires" or "vary"));
}
