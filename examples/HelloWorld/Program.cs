using System.Text;
using Starlette.Types;

// The smallest contract app: answers every HTTP request with "Hello, world!".
AsgiApp app = async (scope, receive, send) =>
{
    await send(new HttpResponseStartMessage(Status.Http200OK,
        [new HttpHeader("content-type", "text/plain; charset=utf-8")]));
    await send(new HttpResponseBodyMessage(Encoding.UTF8.GetBytes("Hello, world!")));
};

// Until a host package serves it, call it the way a host would: one scope, a receive that yields the
// (empty) request body, and a send that prints the response.
var scope = new Scope(ScopeType.Http) { Method = "GET", Path = "/", Client = new HostPort("127.0.0.1", 50000) };
await app(
    scope,
    () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty),
    message =>
    {
        switch (message)
        {
            case HttpResponseStartMessage start:
                Console.WriteLine($"HTTP/{scope.HttpVersion} {start.Status} {Status.GetReasonPhrase(start.Status)}");
                foreach (var header in start.Headers) Console.WriteLine(header);
                Console.WriteLine();
                break;
            case HttpResponseBodyMessage body:
                Console.WriteLine(Encoding.UTF8.GetString(body.Body.Span));
                break;
        }

        return ValueTask.CompletedTask;
    });
