using System.Text;

namespace Starlette.Datastructures.Tests;

public class FormDataTests
{
    private static KeyValuePair<string, FormValue> P(string key, FormValue value) => new(key, value);

    [Fact]
    public void FormData_TextAndFiles_IsAMultiDict() // upstream test_formdata
    {
        var upload = new UploadFile(new MemoryStream(Encoding.ASCII.GetBytes("data")), size: 4, filename: "file");
        var form = new FormData([P("a", "123"), P("a", "456"), P("b", upload)]);

        Assert.True(form.ContainsKey("a"));
        Assert.False(form.ContainsKey("A"));
        Assert.False(form.ContainsKey("c"));
        Assert.Equal("456", form["a"]);
        Assert.Equal("456", form.Get("a"));
        Assert.Equal(default, form.Get("nope"));
        Assert.Equal(["123", "456"], form.GetList("a"));
        Assert.Equal(["a", "b"], form.Keys);
        Assert.Equal(["456", upload], form.Values);
        Assert.Equal([P("a", "456"), P("b", upload)], form);
        Assert.Equal(2, form.Count);
        Assert.Equal(new Dictionary<string, FormValue> { ["a"] = "456", ["b"] = upload }, form.ToDictionary());
        Assert.Equal("FormData([('a', '123'), ('a', '456'), ('b', " + upload + ")])", form.ToString());
        Assert.True(form.Equals(new FormData(form)));
        Assert.True(new FormData(new Dictionary<string, string> { ["a"] = "123", ["b"] = "789" }).Equals(new FormData([P("a", "123"), P("b", "789")])));
        Assert.False(new FormData(new Dictionary<string, string> { ["a"] = "123", ["b"] = "789" }).Equals(new Dictionary<string, string> { ["a"] = "123", ["b"] = "789" }));
    }

    [Fact]
    public async Task CloseAsync_ClosesEveryUploadedFileAndDeletesTemporaryFiles()
    {
        var directory = Directory.CreateTempSubdirectory("starlette-form-tests-").FullName;
        try
        {
            var spooled = new SpooledTemporaryFileStream(1, directory);
            var first = new UploadFile(spooled, size: 0, filename: "a");
            await first.WriteAsync(new byte[16]);
            var memory = new MemoryStream();
            var second = new UploadFile(memory, filename: "b");
            Assert.Single(Directory.GetFiles(directory));

            await using (new FormData([P("text", "x"), P("f", first), P("f", second)]))
            {
            }

            Assert.Empty(Directory.GetFiles(directory));
            Assert.False(memory.CanRead);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void FormValue_TextOrFile_ConvertsBackExplicitly()
    {
        var upload = new UploadFile(new MemoryStream(), filename: "f");
        FormValue text = "hello";
        FormValue file = upload;

        Assert.Equal("hello", (string)text);
        Assert.Same(upload, (UploadFile)file);
        Assert.False(text.IsFile);
        Assert.True(file.IsFile);
        Assert.Null(text.File);
        Assert.Null(file.Text);
        Assert.Equal("hello", text.ToString());
        Assert.Throws<InvalidCastException>(() => (string)file);
        Assert.Throws<InvalidCastException>(() => (UploadFile)text);
        Assert.True(text == "hello");
        Assert.True(file != new UploadFile(new MemoryStream(), filename: "f"));
    }

    [Fact]
    public void Constructor_DefaultFormValue_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => new FormData([P("a", default)]));
}
