using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Requests.Tests;

/// <summary>How <see cref="FormApps.App"/> describes a form (upstream's <c>app</c>, <c>multi_items_app</c>,
/// <c>app_with_headers</c>).</summary>
internal enum FormOutput
{
    /// <summary>One entry per name, the last value wins.</summary>
    Items,

    /// <summary>Every value of every name, in a list.</summary>
    MultiItems,

    /// <summary>As <see cref="Items"/>, files with their part headers.</summary>
    ItemsWithHeaders,

    /// <summary>Files as their size, SHA-256 and whether they spilled to disk (for large uploads).</summary>
    Digest,
}

/// <summary>
/// Test-only stand-in for upstream's <c>Request.form()</c> in a raw app: turns <c>receive</c> into body chunks,
/// picks the parser by content type and answers with the form as JSON. With <c>starlette</c> set it behaves as
/// when an application is present upstream: a <see cref="MultiPartException"/> becomes a 400 with the message as
/// the body; otherwise the exception leaves the app (and the test client raises it).
/// </summary>
internal static class FormApps
{
    public static AsgiApp App(FormParserOptions? options = null, bool starlette = false, FormOutput output = FormOutput.Items, bool readBodyFirst = false) =>
        async (scope, receive, send) =>
        {
            // As upstream's test app: request.form() on a real Request. Inside an application (scope["app"] set) the
            // library itself turns a parser error into HttpException(400), which the application would answer.
            if (starlette) scope.Items[ScopeItemKeys.App] = "application";
            var request = new Request(scope, receive);
            JsonObject json;
            try
            {
                if (readBodyFirst) await request.BodyAsync(); // upstream's request.body() before request.form()
                await using var form = await request.FormAsync(options);
                json = await RenderAsync(form, output);
            }
            catch (HttpException exception) when (starlette)
            {
                await RespondAsync(send, exception.StatusCode, "text/plain; charset=utf-8", exception.Detail);
                return;
            }

            await RespondAsync(send, 200, "application/json", json.ToJsonString());
        };

    /// <summary>Dispatches on the content type as upstream's <c>Request._get_form</c> does.</summary>
    public static ValueTask<FormData> ParseAsync(Headers headers, IAsyncEnumerable<ReadOnlyMemory<byte>> body, FormParserOptions? options = null, CancellationToken cancellationToken = default) =>
        OptionsHeader.Parse(headers.Get("content-type")).Value switch
        {
            "multipart/form-data" => MultiPartParser.ParseAsync(headers, body, options, cancellationToken),
            "application/x-www-form-urlencoded" => FormParser.ParseAsync(headers, body, options, cancellationToken),
            _ => ValueTask.FromResult(new FormData()),
        };

    /// <summary>The request body as chunks, as upstream's <c>Request.stream()</c>.</summary>
    public static async IAsyncEnumerable<ReadOnlyMemory<byte>> Body(Receive receive)
    {
        while (true)
        {
            switch (await receive())
            {
                case HttpRequestBodyMessage message:
                    if (!message.Body.IsEmpty) yield return message.Body;
                    if (!message.MoreBody) yield break;
                    break;
                case HttpDisconnectMessage:
                    throw new ClientDisconnectException();
            }
        }
    }

    /// <summary>A body of chunks of at most <paramref name="size"/> bytes, produced asynchronously.</summary>
    public static async IAsyncEnumerable<ReadOnlyMemory<byte>> Chunks(byte[] body, int size, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < body.Length; i += size)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            // A fresh copy each time: the parser must not keep a chunk past the next request for one.
            yield return body.AsSpan(i, Math.Min(size, body.Length - i)).ToArray();
        }
    }

    /// <summary>A body split at the given offsets.</summary>
    public static async IAsyncEnumerable<ReadOnlyMemory<byte>> Split(byte[] body, params int[] at)
    {
        var previous = 0;
        foreach (var cut in at.Append(body.Length))
        {
            await Task.Yield();
            yield return body.AsSpan(previous, cut - previous).ToArray();
            previous = cut;
        }
    }

#pragma warning disable CS1998 // synchronous on purpose: completes on the calling thread
    public static async IAsyncEnumerable<ReadOnlyMemory<byte>> Single(ReadOnlyMemory<byte> body)
    {
        yield return body;
    }
#pragma warning restore CS1998

    public static Headers ContentType(string value) => new(new Dictionary<string, string> { ["content-type"] = value });

    public static async Task<JsonObject> RenderAsync(FormData form, FormOutput output)
    {
        var json = new JsonObject();
        if (output == FormOutput.MultiItems)
        {
            foreach (var (key, value) in form.MultiItems())
            {
                if (json[key] is not JsonArray list) json[key] = list = [];
                list.Add(await RenderAsync(value, output));
            }

            return json;
        }

        foreach (var (key, value) in form) json[key] = await RenderAsync(value, output);
        return json;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static async Task<JsonNode?> RenderAsync(FormValue value, FormOutput output)
    {
        if (value.File is not { } file) return value.Text;
        var content = await file.ReadAsync();
        if (output == FormOutput.Digest)
        {
            return new JsonObject
            {
                ["filename"] = file.Filename,
                ["size"] = file.Size,
                ["sha256"] = Convert.ToHexString(SHA256.HashData(content)),
                ["rolled_to_disk"] = file.File is SpooledTemporaryFileStream { IsRolledToDisk: true },
            };
        }

        var json = new JsonObject
        {
            ["filename"] = file.Filename,
            ["size"] = file.Size,
            ["content"] = Encoding.UTF8.GetString(content),
            ["content_type"] = file.ContentType,
        };
        if (output == FormOutput.ItemsWithHeaders)
        {
            var headers = new JsonArray();
            foreach (var (name, headerValue) in file.Headers) headers.Add(new JsonArray(name, headerValue));
            json["headers"] = headers;
        }

        return json;
    }

    private static async ValueTask RespondAsync(Send send, int status, string contentType, string text)
    {
        var body = Encoding.UTF8.GetBytes(text);
        await send(new HttpResponseStartMessage(status, [new("content-type", contentType), new("content-length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        await send(new HttpResponseBodyMessage(body));
    }
}
