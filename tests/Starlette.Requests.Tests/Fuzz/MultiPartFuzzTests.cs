using System.Text;
using CsCheck;
using Starlette.Datastructures;
using Starlette.Testing.Support;

namespace Starlette.Requests.Tests.Fuzz;

/// <summary>Randomized inputs for <see cref="MultiPartParser"/>: written forms parse back to what was written;
/// hostile ones fail with <see cref="MultiPartException"/> only, in bounded time and memory.</summary>
public sealed class MultiPartFuzzTests
{
    private static readonly FormParserOptions InMemory = new() { SpooledFileMaxMemory = 1 << 20 };

    private static readonly Gen<FormParserOptions> Options = Gen.OneOf(
        InMemory,
        new FormParserOptions { MaxFiles = 1, MaxFields = 2, MaxPartSize = 16, SpooledFileMaxMemory = 1 << 20 },
        new FormParserOptions { MaxFiles = 0, MaxFields = 0, SpooledFileMaxMemory = 1 << 20 });

    [Fact]
    public void ParseAsync_WrittenForm_GivesBackEveryPart()
    {
        var gen = Gen.Select(MultiPartGen.Form, Gen.Int[1, 512]);
        FuzzCheck.RunAsync(gen, async input =>
        {
            var ((boundary, parts), chunk) = input;
            var body = new FuzzBody(MultipartWriter.Write(boundary, parts), chunk);
            await using var form = await MultiPartParser.ParseAsync(Headers(MultipartWriter.ContentType(boundary)), body.Chunks(), InMemory);

            var items = form.MultiItems();
            Assert.Equal(parts.Length, items.Count);
            for (var i = 0; i < parts.Length; i++)
            {
                Assert.Equal(MultipartWriter.Escape(parts[i].Name), items[i].Key);
                if (parts[i].FileName is null)
                {
                    Assert.Equal(Encoding.UTF8.GetString(parts[i].Content), items[i].Value.Text);
                    continue;
                }

                var file = items[i].Value.File!;
                Assert.Equal(MultipartWriter.Escape(parts[i].FileName!), file.Filename);
                Assert.Equal(parts[i].Content, await file.ReadAsync());
                Assert.Equal(parts[i].ContentType, file.ContentType);
            }
        }, fast: 1500, size: input => MultipartWriter.Write(input.Item1.Boundary, input.Item1.Parts).Length, print: input => $"{input}");
    }

    [Fact]
    public void ParseAsync_HostileBody_ThrowsOnlyMultiPartException()
    {
        FuzzCheck.RunAsync(Gen.Select(MultiPartGen.Hostile, Options), async input =>
        {
            var ((boundary, body), options) = input;
            try
            {
                await using var form = await MultiPartParser.ParseAsync(Headers(MultipartWriter.ContentType(boundary)), body.Chunks(), options);
                foreach (var (_, value) in form.MultiItems()) _ = value.File is { } file ? await file.ReadAsync() : null;
            }
            catch (MultiPartException)
            {
            }
        }, fast: 3000, size: input => input.Item1.Body.Bytes.Length, print: input => $"boundary {input.Item1.Boundary}, {input.Item1.Body}");
    }

    [Fact]
    public void ParseAsync_RandomContentTypeAndBody_ThrowsOnlyMultiPartException()
    {
        var contentType = Gen.Select(FuzzGen.Text(60), Gen.OneOf("multipart/form-data; boundary=", "multipart/form-data; boundary=\"", "multipart/form-data;", ""),
            (text, prefix) => prefix + text);
        FuzzCheck.RunAsync(Gen.Select(contentType, FuzzBody.From(FuzzGen.Bytes(200))), async input =>
        {
            var (type, body) = input;
            try
            {
                await using var form = await MultiPartParser.ParseAsync(Headers(type), body.Chunks(), InMemory);
            }
            catch (MultiPartException)
            {
            }
        }, fast: 2000, size: input => input.Item1.Length + input.Item2.Bytes.Length, print: input => $"{Show.Text(input.Item1)}, {input.Item2}");
    }

    private static Headers Headers(string contentType) => new(new Dictionary<string, string> { ["content-type"] = contentType });
}
