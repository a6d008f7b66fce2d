using System.Text;
using Starlette.Testing;
using static Starlette.Requests.Tests.FormApps;
using static Starlette.Requests.Tests.Http;

namespace Starlette.Requests.Tests;

/// <summary>Ports of upstream's tests/test_formparsers.py for multipart bodies.</summary>
public class MultiPartParserTests
{
    private const string Mixed =
        "--a7f7ac8d4e2e437c877bb7b8d7cc549c\r\n" +
        "Content-Disposition: form-data; name=\"field0\"\r\n\r\n" +
        "value0\r\n" +
        "--a7f7ac8d4e2e437c877bb7b8d7cc549c\r\n" +
        "Content-Disposition: form-data; name=\"file\"; filename=\"file.txt\"\r\n" +
        "Content-Type: text/plain\r\n\r\n" +
        "<file content>\r\n" +
        "--a7f7ac8d4e2e437c877bb7b8d7cc549c\r\n" +
        "Content-Disposition: form-data; name=\"field1\"\r\n\r\n" +
        "value1\r\n" +
        "--a7f7ac8d4e2e437c877bb7b8d7cc549c--\r\n";

    private const string MixedType = "multipart/form-data; boundary=a7f7ac8d4e2e437c877bb7b8d7cc549c";

    internal static byte[] MixedBody => Utf8(Mixed);

    internal static Starlette.Datastructures.Headers MixedHeaders => ContentType(MixedType);

    [Fact]
    public async Task ParseAsync_TextFieldInMultipart_ReturnsField()
    {
        using var client = new TestClient(App());

        var response = await client.PostAsync("/", new MultipartFormDataContent { { new StringContent("data"), "some" } });

        await AssertJsonAsync("""{"some": "data"}""", response);
    } // upstream test_multipart_request_data

    [Fact]
    public async Task ParseAsync_FileWithoutContentType_ReturnsUploadFileWithoutContentType()
    {
        using var client = new TestClient(App());
        var file = new StreamContent(new MemoryStream(Utf8("<file content>")));

        var response = await client.PostAsync("/", new MultipartFormDataContent { { file, "test", "test.txt" } });

        // httpx guesses text/plain from the name; HttpClient declares no type unless told.
        await AssertJsonAsync("""{"test": {"filename": "test.txt", "size": 14, "content": "<file content>", "content_type": null}}""", response);
    } // upstream test_multipart_request_files

    [Fact]
    public async Task ParseAsync_FileWithContentType_ReturnsUploadFile()
    {
        using var client = new TestClient(App());

        var response = await client.PostAsync("/", new MultipartFormDataContent { { File("<file content>", "text/plain"), "test", "test.txt" } });

        await AssertJsonAsync("""{"test": {"filename": "test.txt", "size": 14, "content": "<file content>", "content_type": "text/plain"}}""", response);
    } // upstream test_multipart_request_files_with_content_type

    [Fact]
    public async Task ParseAsync_MultipleFiles_ReturnsEach()
    {
        using var client = new TestClient(App());

        var response = await client.PostAsync("/", new MultipartFormDataContent
        {
            { File("<file1 content>", "text/plain"), "test1", "test1.txt" },
            { File("<file2 content>", "text/plain"), "test2", "test2.txt" },
        });

        await AssertJsonAsync(
            """
            {
              "test1": {"filename": "test1.txt", "size": 15, "content": "<file1 content>", "content_type": "text/plain"},
              "test2": {"filename": "test2.txt", "size": 15, "content": "<file2 content>", "content_type": "text/plain"}
            }
            """,
            response);
    } // upstream test_multipart_request_multiple_files

    [Fact]
    public async Task ParseAsync_FilesWithHeaders_KeepsPartHeadersInOrder()
    {
        using var client = new TestClient(App(output: FormOutput.ItemsWithHeaders));
        var first = File("<file1 content>");
        first.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"test1\"");
        var second = new ByteArrayContent(Utf8("<file2 content>"));
        second.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"test2\"; filename=\"test2.txt\"");
        second.Headers.TryAddWithoutValidation("x-custom", "f2");
        second.Headers.TryAddWithoutValidation("Content-Type", "text/plain");

        var response = await client.PostAsync("/", new MultipartFormDataContent { first, second });

        await AssertJsonAsync(
            """
            {
              "test1": "<file1 content>",
              "test2": {
                "filename": "test2.txt", "size": 15, "content": "<file2 content>", "content_type": "text/plain",
                "headers": [
                  ["content-disposition", "form-data; name=\"test2\"; filename=\"test2.txt\""],
                  ["x-custom", "f2"],
                  ["content-type", "text/plain"]
                ]
              }
            }
            """,
            response);
    } // upstream test_multipart_request_multiple_files_with_headers

    [Fact]
    public async Task ParseAsync_RepeatedName_KeepsEveryValueInOrder()
    {
        using var client = new TestClient(App(output: FormOutput.MultiItems));

        var response = await client.PostAsync("/", new MultipartFormDataContent
        {
            { new StringContent("abc"), "test1" },
            { File("<file1 content>", "text/plain"), "test1", "test1.txt" },
            { File("<file2 content>", "text/plain"), "test1", "test2.txt" },
        });

        await AssertJsonAsync(
            """
            {
              "test1": [
                "abc",
                {"filename": "test1.txt", "size": 15, "content": "<file1 content>", "content_type": "text/plain"},
                {"filename": "test2.txt", "size": 15, "content": "<file2 content>", "content_type": "text/plain"}
              ]
            }
            """,
            response);
    } // upstream test_multi_items

    [Fact]
    public async Task ParseAsync_MixedFilesAndFields_ReturnsAll()
    {
        using var client = new TestClient(App());

        var response = await client.PostAsync("/", Raw(Mixed, MixedType));

        await AssertJsonAsync(
            """
            {
              "file": {"filename": "file.txt", "size": 14, "content": "<file content>", "content_type": "text/plain"},
              "field0": "value0",
              "field1": "value1"
            }
            """,
            response);
    } // upstream test_multipart_request_mixed_files_and_data

    [Fact]
    public async Task ParseAsync_FileLargerThanSpool_RollsOverToDiskWithAsyncWrites()
    {
        // Upstream checks that the rollover runs off the event loop thread; here every file write is asynchronous
        // (the spooled stream's temporary file is opened for asynchronous I/O): check that the rollover happened.
        using var client = new TestClient(App(output: FormOutput.Digest));
        var content = new byte[SpooledTemporaryFileStreamDefault + 1];
        Array.Fill(content, (byte)' ');

        var response = await client.PostAsync("/", new MultipartFormDataContent { { new ByteArrayContent(content), "test_large", "test_large" } });

        await AssertJsonAsync(
            $$$"""{"test_large": {"filename": "test_large", "size": {{{content.Length}}}, "sha256": "{{{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content))}}}", "rolled_to_disk": true}}""",
            response);
    } // upstream test_multipart_request_large_file_rollover_in_background_thread

    [Fact]
    public async Task ParseAsync_Utf8FilenameWithCharset_DecodesFilename()
    {
        using var client = new TestClient(App());
        var body = Concat(
            "--a7f7ac8d4e2e437c877bb7b8d7cc549c\r\nContent-Disposition: form-data; name=\"file\"; filename=\"",
            [0xe6, 0x96, 0x87, 0xe6, 0x9b, 0xb8],
            ".txt\"\r\nContent-Type: text/plain\r\n\r\n<file content>\r\n--a7f7ac8d4e2e437c877bb7b8d7cc549c--\r\n");

        var response = await client.PostAsync("/", Raw(body, "multipart/form-data; charset=utf-8; boundary=a7f7ac8d4e2e437c877bb7b8d7cc549c"));

        await AssertJsonAsync("""{"file": {"filename": "文書.txt", "size": 14, "content": "<file content>", "content_type": "text/plain"}}""", response);
    } // upstream test_multipart_request_with_charset_for_filename

    [Fact]
    public async Task ParseAsync_Utf8FilenameWithoutCharset_DecodesFilenameAsUtf8()
    {
        using var client = new TestClient(App());
        var body = Concat(
            "--a7f7ac8d4e2e437c877bb7b8d7cc549c\r\nContent-Disposition: form-data; name=\"file\"; filename=\"",
            [0xe7, 0x94, 0xbb, 0xe5, 0x83, 0x8f],
            ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n<file content>\r\n--a7f7ac8d4e2e437c877bb7b8d7cc549c--\r\n");

        var response = await client.PostAsync("/", Raw(body, "multipart/form-data; boundary=a7f7ac8d4e2e437c877bb7b8d7cc549c"));

        await AssertJsonAsync("""{"file": {"filename": "画像.jpg", "size": 14, "content": "<file content>", "content_type": "image/jpeg"}}""", response);
    } // upstream test_multipart_request_without_charset_for_filename

    [Fact]
    public async Task ParseAsync_Utf8FieldValue_DecodesWithCharset()
    {
        using var client = new TestClient(App());
        var body = Concat(
            "--20b303e711c4ab8c443184ac833ab00f\r\nContent-Disposition: form-data; name=\"value\"\r\n\r\nTransf",
            [0xc3, 0xa9],
            "rer\r\n--20b303e711c4ab8c443184ac833ab00f--\r\n");

        var response = await client.PostAsync("/", Raw(body, "multipart/form-data; charset=utf-8; boundary=20b303e711c4ab8c443184ac833ab00f"));

        await AssertJsonAsync("""{"value": "Transférer"}""", response);
    } // upstream test_multipart_request_with_encoded_value

    [Fact]
    public async Task ParseAsync_BodyAlreadyRead_ParsesTheBufferedBody()
    {
        using var client = new TestClient(App(readBodyFirst: true));

        var response = await client.PostAsync("/", new MultipartFormDataContent
        {
            { new StringContent("data"), "some" },
            { new StringContent("key pair"), "second" },
        });

        await AssertJsonAsync("""{"some": "data", "second": "key pair"}""", response);
    } // upstream test_multipart_multi_field_app_reads_body

    [Fact]
    public async Task ParseAsync_ValidUtf8WithUtf8Charset_DecodesIt()
    {
        var body = Concat("--B\r\nContent-Disposition: form-data; name=\"v\"\r\n\r\n", [0xc4, 0x99, 0xc5, 0xbc, 0xc4, 0x87], "\r\n--B--\r\n");

        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; charset=utf-8; boundary=B"), Single(body));

        Assert.Equal("ężć", form["v"].Text);
    } // upstream test_user_safe_decode_helper

    [Fact]
    public async Task ParseAsync_UnknownCharset_FallsBackToLatin1()
    {
        var body = Concat("--B\r\nContent-Disposition: form-data; name=\"v\"\r\n\r\nabc", [0xe9], "\r\n--B--\r\n");

        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; charset=latin-8; boundary=B"), Single(body));

        Assert.Equal("abcé", form["v"].Text);
    } // upstream test_user_safe_decode_ignores_wrong_charset

    [Fact]
    public async Task ParseAsync_InvalidBytesForCharset_FallsBackToLatin1()
    {
        var body = Concat("--B\r\nContent-Disposition: form-data; name=\"v\"\r\n\r\n", [0xe6, 0x96], "\r\n--B--\r\n");

        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=B"), Single(body));

        Assert.Equal("\u00e6\u0096", form["v"].Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_NoBoundary_Rejects(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));
        var body = Concat(
            "Content-Disposition: form-data; name=\"file\"; filename=\"",
            [0xe6, 0x96, 0x87, 0xe6, 0x9b, 0xb8],
            ".txt\"\r\nContent-Type: text/plain\r\n\r\n<file content>\r\n");

        await AssertRejectedAsync(starlette, "Missing boundary in multipart.", () => client.PostAsync("/", Raw(body, "multipart/form-data; charset=utf-8")));
    } // upstream test_missing_boundary_parameter

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_NoNameInContentDisposition_Rejects(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));
        var body = "--a7f7ac8d4e2e437c877bb7b8d7cc549c\r\nContent-Disposition: form-data; =\"field0\"\r\n\r\nvalue0\r\n";

        await AssertRejectedAsync(
            starlette,
            "The Content-Disposition header field \"name\" must be provided.",
            () => client.PostAsync("/", Raw(body, MixedType)));
    } // upstream test_missing_name_parameter_on_content_disposition

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_MoreFieldsThanDefaultLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));
        var body = Repeat(1001, i => $"--B\r\nContent-Disposition: form-data; name=\"N{i}\";\r\n\r\n\r\n");

        await AssertRejectedAsync(starlette, "Too many fields. Maximum number of fields is 1000.", () => client.PostAsync("/", Raw(body, "multipart/form-data; boundary=B")));
    } // upstream test_too_many_fields_raise

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_MoreFilesThanDefaultLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));
        var body = Repeat(1001, i => $"--B\r\nContent-Disposition: form-data; name=\"N{i}\"; filename=\"F{i}\";\r\n\r\n\r\n");

        await AssertRejectedAsync(starlette, "Too many files. Maximum number of files is 1000.", () => client.PostAsync("/", Raw(body, "multipart/form-data; boundary=B")));
    } // upstream test_too_many_files_raise

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_MoreFilesThanDefaultLimitUnderOneName_Rejects(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));
        var body = Repeat(1001, i => $"--B\r\nContent-Disposition: form-data; name=\"N\"; filename=\"F{i}\";\r\n\r\n\r\n");

        await AssertRejectedAsync(starlette, "Too many files. Maximum number of files is 1000.", () => client.PostAsync("/", Raw(body, "multipart/form-data; boundary=B")));
    } // upstream test_too_many_files_single_field_raise

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_MoreFilesAndFieldsThanDefaultLimits_RejectsTheFilesFirst(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));
        var body = Repeat(1001, i =>
            $"--B\r\nContent-Disposition: form-data; name=\"F{i}\"; filename=\"F{i}\";\r\n\r\n\r\n" +
            $"--B\r\nContent-Disposition: form-data; name=\"N{i}\";\r\n\r\n\r\n");

        await AssertRejectedAsync(starlette, "Too many files. Maximum number of files is 1000.", () => client.PostAsync("/", Raw(body, "multipart/form-data; boundary=B")));
    } // upstream test_too_many_files_and_fields_raise

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_MoreFieldsThanCustomLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(new FormParserOptions { MaxFields = 1 }, starlette));
        var body = Repeat(2, i => $"--B\r\nContent-Disposition: form-data; name=\"N{i}\";\r\n\r\n\r\n");

        await AssertRejectedAsync(starlette, "Too many fields. Maximum number of fields is 1.", () => client.PostAsync("/", Raw(body, "multipart/form-data; boundary=B")));
    } // upstream test_max_fields_is_customizable_low_raises

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_MoreFilesThanCustomLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(new FormParserOptions { MaxFiles = 1 }, starlette));
        var body = Repeat(2, i => $"--B\r\nContent-Disposition: form-data; name=\"F{i}\"; filename=\"F{i}\";\r\n\r\n\r\n");

        await AssertRejectedAsync(starlette, "Too many files. Maximum number of files is 1.", () => client.PostAsync("/", Raw(body, "multipart/form-data; boundary=B")));
    } // upstream test_max_files_is_customizable_low_raises

    [Fact]
    public async Task ParseAsync_HighCustomLimits_AcceptsThatManyFilesAndFields()
    {
        using var client = new TestClient(App(new FormParserOptions { MaxFields = 2000, MaxFiles = 2000 }));
        var body = Repeat(2000, i =>
            $"--B\r\nContent-Disposition: form-data; name=\"N{i}\";\r\n\r\n\r\n" +
            $"--B\r\nContent-Disposition: form-data; name=\"F{i}\"; filename=\"F{i}\";\r\n\r\n\r\n") + "--B--\r\n";

        var response = await client.PostAsync("/", Raw(body, "multipart/form-data; boundary=B"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("", (string?)json["N1999"]);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse("""{"filename": "F1999", "size": 0, "content": "", "content_type": null}"""),
            json["F1999"]));
    } // upstream test_max_fields_is_customizable_high

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_TextPartOverDefaultLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));

        await AssertRejectedAsync(starlette, "Part exceeded maximum size of 1024KB.", () => client.PostAsync("/", LargePart(1024 * 1024 + 1)));
    } // upstream test_max_part_size_exceeds_limit

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_TextPartOverCustomLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(new FormParserOptions { MaxPartSize = 1024 * 10 }, starlette));

        await AssertRejectedAsync(starlette, "Part exceeded maximum size of 10KB.", () => client.PostAsync("/", LargePart(1024 * 10 + 1)));
    } // upstream test_max_part_size_exceeds_custom_limit

    [Fact]
    public async Task ParseAsync_TextPartAtLimit_IsAccepted()
    {
        using var client = new TestClient(App(new FormParserOptions { MaxPartSize = 1024 * 10 }));

        var response = await client.PostAsync("/", LargePart(1024 * 10));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ParseAsync_FileWriteFails_ClosesFilesAndLetsTheErrorOut()
    {
        var created = new List<FailingStream>();
        var options = new FormParserOptions
        {
            FileStreamFactory = () =>
            {
                var stream = new FailingStream(failWrites: created.Count > 0);
                created.Add(stream);
                return stream;
            },
        };
        using var client = new TestClient(App(options));
        var body =
            "--a7f7ac8d4e2e437c877bb7b8d7cc549c\r\n" +
            "Content-Disposition: form-data; name=\"ok\"; filename=\"ok.txt\"\r\nContent-Type: text/plain\r\n\r\nfine\r\n" +
            "--a7f7ac8d4e2e437c877bb7b8d7cc549c\r\n" +
            "Content-Disposition: form-data; name=\"file\"; filename=\"test.txt\"\r\nContent-Type: text/plain\r\n\r\nfile content\r\n" +
            "--a7f7ac8d4e2e437c877bb7b8d7cc549c--\r\n";

        var exception = await Assert.ThrowsAsync<IOException>(() => client.PostAsync("/", Raw(body, MixedType)));

        Assert.Equal("disk full", exception.Message);
        Assert.Equal(2, created.Count);
        Assert.All(created, stream => Assert.True(stream.Disposed));
    } // upstream test_multipart_closes_tempfile_on_oserror

    [Fact]
    public async Task ParseAsync_NonAsciiFilenameFromHttpClient_PrefersFilenameStar()
    {
        using var client = new TestClient(App());

        // HttpClient sends filename="=?utf-8?B?...?="; filename*=utf-8''%E6%96%87%E6%9B%B8.txt
        var response = await client.PostAsync("/", new MultipartFormDataContent { { File("x", "text/plain"), "f", "文書.txt" } });

        await AssertJsonAsync("""{"f": {"filename": "文書.txt", "size": 1, "content": "x", "content_type": "text/plain"}}""", response);
    }

    private const int SpooledTemporaryFileStreamDefault = Starlette.Datastructures.SpooledTemporaryFileStream.DefaultMaxMemorySize;

    internal static byte[] Concat(string before, byte[] middle, string after) => [.. Utf8(before), .. middle, .. Utf8(after)];

    private static string Repeat(int count, Func<int, string> part)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++) builder.Append(part(i));
        return builder.ToString();
    }

    private static HttpContent LargePart(int size)
    {
        const string boundary = "------------------------4K1ON9fZkj9uCUmqLHRbbR";
        var body =
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"small\"\r\n\r\nsmall content\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"large\"\r\n\r\n" + new string('x', size) + "\r\n" +
            $"--{boundary}--\r\n";
        // No content-length: the body streams in chunks, as upstream's "Transfer-Encoding: chunked".
        var content = new StreamContent(new NonSeekableStream(Utf8(body)));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return content;
    }
}
