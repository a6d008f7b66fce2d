using System.Text;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

using static Starlette.Tests.Middleware.DispatchHarness;

namespace Starlette.Tests.Middleware;

/// <summary>How the request body reaches the app, and the dispatch, after the other has read it.</summary>
public sealed class BaseHttpMiddlewareBodyTests
{
    [Fact]
    public async Task AppStream_AfterDispatchBody_SeesBody()
    {
        var status = await PostAsync(
            async request =>
            {
                Assert.Equal("a", string.Concat(await ChunksOf(request)));
                return new PlainTextResponse("Homepage");
            },
            async (request, callNext) =>
            {
                Assert.Equal("a"u8.ToArray(), await request.BodyAsync());
                return await callNext(request);
            });
        Assert.Equal(200, status);
    } // upstream test_read_request_stream_in_app_after_middleware_calls_body

    [Fact]
    public async Task AppBody_AfterDispatchBody_SeesBody()
    {
        var status = await PostAsync(
            async request =>
            {
                Assert.Equal("a"u8.ToArray(), await request.BodyAsync());
                return new PlainTextResponse("Homepage");
            },
            async (request, callNext) =>
            {
                Assert.Equal("a"u8.ToArray(), await request.BodyAsync());
                return await callNext(request);
            });
        Assert.Equal(200, status);
    } // upstream test_read_request_body_in_app_after_middleware_calls_body

    [Fact]
    public async Task DispatchStream_AfterAppStream_StreamConsumed()
    {
        var status = await PostAsync(
            async request =>
            {
                Assert.Equal("a", string.Concat(await ChunksOf(request)));
                return new PlainTextResponse("Homepage");
            },
            async (request, callNext) =>
            {
                var response = await callNext(request);
                var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => ChunksOf(request));
                Assert.Contains("Stream consumed", error.Message);
                return response;
            });
        Assert.Equal(200, status);
    } // upstream test_read_request_stream_in_dispatch_after_app_calls_stream

    [Fact]
    public async Task DispatchStream_AfterAppBody_StreamConsumed()
    {
        var status = await PostAsync(
            async request =>
            {
                Assert.Equal("a"u8.ToArray(), await request.BodyAsync());
                return new PlainTextResponse("Homepage");
            },
            async (request, callNext) =>
            {
                var response = await callNext(request);
                var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => ChunksOf(request));
                Assert.Contains("Stream consumed", error.Message);
                return response;
            });
        Assert.Equal(200, status);
    } // upstream test_read_request_stream_in_dispatch_after_app_calls_body

    [Fact]
    public async Task AppStream_AfterDispatchStream_SeesEmptyBody()
    {
        var status = await PostAsync(
            async request =>
            {
                Assert.Equal([""], await ChunksOf(request));
                return new PlainTextResponse("Homepage");
            },
            async (request, callNext) =>
            {
                Assert.Equal(["a", ""], await ChunksOf(request));
                return await callNext(request);
            });
        Assert.Equal(200, status);
    } // upstream test_read_request_stream_in_app_after_middleware_calls_stream

    [Fact]
    public async Task AppBody_AfterDispatchStream_IsEmpty()
    {
        var status = await PostAsync(
            async request =>
            {
                Assert.Empty(await request.BodyAsync());
                return new PlainTextResponse("Homepage");
            },
            async (request, callNext) =>
            {
                Assert.Equal(["a", ""], await ChunksOf(request));
                return await callNext(request);
            });
        Assert.Equal(200, status);
    } // upstream test_read_request_body_in_app_after_middleware_calls_stream

    [Fact]
    public async Task DispatchStream_AfterDispatchBodyAndAppBody_ReplaysBody()
    {
        var status = await PostAsync(
            async request =>
            {
                Assert.Equal("a"u8.ToArray(), await request.BodyAsync());
                return new PlainTextResponse("Homepage");
            },
            async (request, callNext) =>
            {
                Assert.Equal("a"u8.ToArray(), await request.BodyAsync());
                var response = await callNext(request);
                Assert.Equal(["a", ""], await ChunksOf(request));
                return response;
            });
        Assert.Equal(200, status);
    } // upstream test_read_request_stream_in_dispatch_after_app_calls_body_with_middleware_calling_body_before_call_next

    [Fact]
    public async Task DispatchBody_AfterDispatchBodyAndAppBody_ReturnsBody()
    {
        var status = await PostAsync(
            async request =>
            {
                Assert.Equal("a"u8.ToArray(), await request.BodyAsync());
                return new PlainTextResponse("Homepage");
            },
            async (request, callNext) =>
            {
                Assert.Equal("a"u8.ToArray(), await request.BodyAsync());
                var response = await callNext(request);
                Assert.Equal("a"u8.ToArray(), await request.BodyAsync());
                return response;
            });
        Assert.Equal(200, status);
    } // upstream test_read_request_body_in_dispatch_after_app_calls_body_with_middleware_calling_body_before_call_next

    [Fact]
    public async Task DispatchStream_WrappingAppStream_ChunksInterleave()
    {
        AsgiApp endpoint = async (scope, receive, send) =>
        {
            var request = new Request(scope, receive);
            await foreach (var chunk in request.StreamAsync())
            {
                Assert.Equal("2", Encoding.UTF8.GetString(chunk.Span));
                break;
            }

            await new Response().ExecuteAsync(scope, receive, send);
        };
        var middleware = new BaseHttpMiddleware(endpoint, async (request, callNext) =>
        {
            var expected = "1";
            Response? response = null;
            await foreach (var chunk in request.StreamAsync())
            {
                Assert.Equal(expected, Encoding.UTF8.GetString(chunk.Span));
                if (expected != "1") break;
                response = await callNext(request);
                expected = "3";
            }

            return Assert.IsAssignableFrom<Response>(response);
        });
        var messages = new Queue<AsgiMessage>(
        [
            new HttpRequestBodyMessage("1"u8.ToArray(), moreBody: true),
            new HttpRequestBodyMessage("2"u8.ToArray(), moreBody: true),
            new HttpRequestBodyMessage("3"u8.ToArray()),
        ]);
        var sent = new List<AsgiMessage>();
        await middleware.InvokeAsync(
            new Scope(ScopeType.Http),
            () => messages.TryDequeue(out var message) ? ValueTask.FromResult(message) : throw new InvalidOperationException("Should not be called, no need to poll for disconnect"),
            message =>
            {
                sent.Add(message);
                return ValueTask.CompletedTask;
            });
        Assert.Equal(2, sent.Count);
        var start = Assert.IsType<HttpResponseStartMessage>(sent[0]);
        Assert.Equal(200, start.Status);
        Assert.Equal([new HttpHeader("content-length", "0")], start.Headers);
        var body = Assert.IsType<HttpResponseBodyMessage>(sent[1]);
        Assert.True(body.Body.IsEmpty);
        Assert.False(body.MoreBody);
    } // upstream test_read_request_stream_in_dispatch_wrapping_app_calls_body
}
