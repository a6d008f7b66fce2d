using System.Runtime.CompilerServices;
using Starlette.Requests;
using Starlette.Responses;

namespace Starlette;

/// <content>One method per standard HTTP method, each in the handler shapes <see cref="HttpEndpoint.Map(string, Func{Request, ValueTask{Response}})"/> takes.</content>
public partial class HttpEndpoint
{
    /// <summary>Maps GET (and HEAD, unless mapped).</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Get(Func<Request, ValueTask<Response>> handler) => Map("GET", handler);

    /// <summary>Maps GET (and HEAD, unless mapped) to a synchronous handler, run on the thread pool.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Get(Func<Request, Response> handler) => Map("GET", handler);

    /// <summary>Maps GET (and HEAD, unless mapped) to a handler returning a task of a response type.</summary>
    /// <typeparam name="TResponse">The response type the handler returns.</typeparam>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    [OverloadResolutionPriority(-1)]
    public HttpEndpoint Get<TResponse>(Func<Request, Task<TResponse>> handler)
        where TResponse : Response => Map("GET", handler);

    /// <summary>Maps HEAD.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Head(Func<Request, ValueTask<Response>> handler) => Map("HEAD", handler);

    /// <summary>Maps HEAD to a synchronous handler, run on the thread pool.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Head(Func<Request, Response> handler) => Map("HEAD", handler);

    /// <summary>Maps HEAD to a handler returning a task of a response type.</summary>
    /// <typeparam name="TResponse">The response type the handler returns.</typeparam>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    [OverloadResolutionPriority(-1)]
    public HttpEndpoint Head<TResponse>(Func<Request, Task<TResponse>> handler)
        where TResponse : Response => Map("HEAD", handler);

    /// <summary>Maps POST.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Post(Func<Request, ValueTask<Response>> handler) => Map("POST", handler);

    /// <summary>Maps POST to a synchronous handler, run on the thread pool.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Post(Func<Request, Response> handler) => Map("POST", handler);

    /// <summary>Maps POST to a handler returning a task of a response type.</summary>
    /// <typeparam name="TResponse">The response type the handler returns.</typeparam>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    [OverloadResolutionPriority(-1)]
    public HttpEndpoint Post<TResponse>(Func<Request, Task<TResponse>> handler)
        where TResponse : Response => Map("POST", handler);

    /// <summary>Maps PUT.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Put(Func<Request, ValueTask<Response>> handler) => Map("PUT", handler);

    /// <summary>Maps PUT to a synchronous handler, run on the thread pool.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Put(Func<Request, Response> handler) => Map("PUT", handler);

    /// <summary>Maps PUT to a handler returning a task of a response type.</summary>
    /// <typeparam name="TResponse">The response type the handler returns.</typeparam>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    [OverloadResolutionPriority(-1)]
    public HttpEndpoint Put<TResponse>(Func<Request, Task<TResponse>> handler)
        where TResponse : Response => Map("PUT", handler);

    /// <summary>Maps PATCH.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Patch(Func<Request, ValueTask<Response>> handler) => Map("PATCH", handler);

    /// <summary>Maps PATCH to a synchronous handler, run on the thread pool.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Patch(Func<Request, Response> handler) => Map("PATCH", handler);

    /// <summary>Maps PATCH to a handler returning a task of a response type.</summary>
    /// <typeparam name="TResponse">The response type the handler returns.</typeparam>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    [OverloadResolutionPriority(-1)]
    public HttpEndpoint Patch<TResponse>(Func<Request, Task<TResponse>> handler)
        where TResponse : Response => Map("PATCH", handler);

    /// <summary>Maps DELETE.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Delete(Func<Request, ValueTask<Response>> handler) => Map("DELETE", handler);

    /// <summary>Maps DELETE to a synchronous handler, run on the thread pool.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Delete(Func<Request, Response> handler) => Map("DELETE", handler);

    /// <summary>Maps DELETE to a handler returning a task of a response type.</summary>
    /// <typeparam name="TResponse">The response type the handler returns.</typeparam>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    [OverloadResolutionPriority(-1)]
    public HttpEndpoint Delete<TResponse>(Func<Request, Task<TResponse>> handler)
        where TResponse : Response => Map("DELETE", handler);

    /// <summary>Maps OPTIONS.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Options(Func<Request, ValueTask<Response>> handler) => Map("OPTIONS", handler);

    /// <summary>Maps OPTIONS to a synchronous handler, run on the thread pool.</summary>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    public HttpEndpoint Options(Func<Request, Response> handler) => Map("OPTIONS", handler);

    /// <summary>Maps OPTIONS to a handler returning a task of a response type.</summary>
    /// <typeparam name="TResponse">The response type the handler returns.</typeparam>
    /// <param name="handler">Answers the request.</param>
    /// <returns>This endpoint.</returns>
    [OverloadResolutionPriority(-1)]
    public HttpEndpoint Options<TResponse>(Func<Request, Task<TResponse>> handler)
        where TResponse : Response => Map("OPTIONS", handler);
}
