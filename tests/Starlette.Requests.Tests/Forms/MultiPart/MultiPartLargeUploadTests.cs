using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Starlette.Testing;
using static Starlette.Requests.Tests.FormApps;

namespace Starlette.Requests.Tests;

public class MultiPartLargeUploadTests
{
    [Fact]
    public async Task ParseAsync_TenMegabyteStreamedUpload_SpoolsToDiskWithContentIntact()
    {
        const string boundary = "large-upload-boundary";
        var content = new byte[10 * 1024 * 1024];
        new Random(42).NextBytes(content);
        // Sprinkle near-delimiters through the data: each must stay content.
        var near = Encoding.ASCII.GetBytes("\r\n--" + boundary[..^1]);
        for (var i = 1000; i + near.Length < content.Length; i += 99_991) near.CopyTo(content, i);
        using var client = new TestClient(App(output: FormOutput.Digest));
        var file = new StreamContent(new NonSeekableStream(content, readSize: 60_000));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var multipart = new MultipartFormDataContent(boundary) { { new StringContent("hello"), "note" }, { file, "upload", "big.bin" } };

        var response = await client.PostAsync("/", multipart);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("hello", (string?)json["note"]);
        Assert.Equal("big.bin", (string?)json["upload"]!["filename"]);
        Assert.Equal(content.Length, (long?)json["upload"]!["size"]);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(content)), (string?)json["upload"]!["sha256"]);
        Assert.True((bool?)json["upload"]!["rolled_to_disk"]);
    }
}
