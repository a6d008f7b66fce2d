using Starlette.Datastructures;
using Starlette.Responses;
using Starlette.StaticFiles.Internal;
using Starlette.Types;

namespace Starlette.StaticFiles;

public partial class StaticFiles
{
    /// <summary>
    /// The response for a relative path (upstream's <c>get_response</c>): the file (or a 304); in HTML mode a
    /// directory's <c>index.html</c> (after a redirect adding the trailing slash) or the root's <c>404.html</c>.
    /// </summary>
    /// <param name="path">The relative path, as <see cref="GetPath"/> gives it.</param>
    /// <param name="scope">The connection scope (method, path and request headers are read).</param>
    /// <returns>The response to send.</returns>
    /// <exception cref="HttpException">
    /// 405 for methods other than GET and HEAD; 401 when the file system denies access; 404 when nothing is found, the
    /// path is too long or holds a null character, or a directory is asked for outside HTML mode.
    /// </exception>
    public virtual ValueTask<Response> GetResponseAsync(string path, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Method is not ("GET" or "HEAD")) throw new HttpException(Status.Http405MethodNotAllowed);

        string fullPath;
        FileSystemInfo? found;
        try
        {
            (fullPath, found) = LookupPath(path);
        }
        catch (UnauthorizedAccessException denied)
        {
            throw new HttpException(Status.Http401Unauthorized, "Unauthorized", null, denied);
        }
        catch (PathTooLongException tooLong)
        {
            throw new HttpException(Status.Http404NotFound, "Not Found", null, tooLong);
        }
        catch (ArgumentException invalid)
        {
            throw new HttpException(Status.Http404NotFound, "Not Found", null, invalid);
        }

        if (found is FileInfo file) return new(CreateFileResponse(fullPath, file, scope));
        if (found is DirectoryInfo && Html)
        {
            var (indexPath, index) = LookupPath(Path.Join(path, "index.html"));
            if (index is FileInfo indexFile)
            {
                if (!scope.Path.EndsWith('/'))
                {
                    var url = Url.FromScope(scope);
                    return new(new RedirectResponse(url.Replace(path: url.Path + "/").ToString()));
                }

                return new(CreateFileResponse(indexPath, indexFile, scope));
            }
        }

        if (Html && LookupPath("404.html") is (var notFoundPath, FileInfo notFound))
            return new(new FileResponse(notFoundPath, Status.Http404NotFound, stat: notFound));
        throw new HttpException(Status.Http404NotFound);
    }

    /// <summary>
    /// Finds a relative path in the directory, then in each embedded folder (upstream's <c>lookup_path</c>). A path
    /// that is absolute (starts with <c>/</c> or <c>\</c>, or is rooted on Windows) or that leads outside a root is not
    /// found there; with <see cref="FollowSymlink"/> off, neither is one whose links lead outside.
    /// </summary>
    /// <param name="path">The relative path.</param>
    /// <returns>
    /// The full path and what is there (symbolic links followed): a <see cref="FileInfo"/> holding the file's size and
    /// times, or a <see cref="DirectoryInfo"/>; <c>("", null)</c> when nothing is found.
    /// </returns>
    /// <exception cref="ArgumentException">The path holds a null character.</exception>
    /// <exception cref="UnauthorizedAccessException">The file system denied access.</exception>
    /// <exception cref="PathTooLongException">The path is too long for the file system.</exception>
    /// <exception cref="IOException">Another file system error, such as a loop of links.</exception>
    public virtual (string FullPath, FileSystemInfo? Info) LookupPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith('/') || path.StartsWith('\\') || Path.IsPathRooted(path)) return ("", null);
        if (path.Contains('\0')) throw new ArgumentException("The path holds a null character.", nameof(path));
        foreach (var root in _roots)
        {
            var found = root.Lookup(path, out var fullPath);
            if (found is not null) return (fullPath, found);
        }

        return ("", null);
    }

    /// <summary>
    /// The response for a found file (upstream's <c>file_response</c>): a <see cref="FileResponse"/> with the file's
    /// validators, or a 304 carrying its <c>etag</c> when the request's conditions say the client's copy is current.
    /// </summary>
    /// <param name="fullPath">The file's full path.</param>
    /// <param name="file">The file's size and times (no second stat is made).</param>
    /// <param name="scope">The connection scope (its request headers are read).</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <returns>The response.</returns>
    public virtual Response CreateFileResponse(string fullPath, FileInfo file, Scope scope, int statusCode = Status.Http200OK)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var response = new FileResponse(fullPath, statusCode, stat: file);
        return ConditionalRequests.IsNotModified(response.RawHeaders, scope.Headers) ? new NotModifiedResponse(response.RawHeaders) : response;
    }

    /// <summary>
    /// Whether a "304 Not Modified" may replace the response (upstream's <c>is_not_modified</c>): a non-empty
    /// <c>If-None-Match</c> decides alone, matching when one of its comma-separated tags, weak (<c>W/</c>) or not,
    /// equals the response's <c>etag</c>; otherwise an <c>If-Modified-Since</c> at or after <c>last-modified</c>.
    /// </summary>
    /// <param name="responseHeaders">The response's headers (<c>etag</c>, <c>last-modified</c>).</param>
    /// <param name="requestHeaders">The request's headers.</param>
    /// <returns><see langword="true"/> when a 304 may be sent.</returns>
    /// <exception cref="KeyNotFoundException">The request has <c>If-None-Match</c> and the response no <c>etag</c>.</exception>
    public static bool IsNotModified(Headers responseHeaders, Headers requestHeaders)
    {
        ArgumentNullException.ThrowIfNull(responseHeaders);
        ArgumentNullException.ThrowIfNull(requestHeaders);
        return ConditionalRequests.IsNotModified(responseHeaders.Raw, requestHeaders.Raw);
    }
}
