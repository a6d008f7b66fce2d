using System.Text;
using CsCheck;
using Starlette.Testing.Support;

namespace Starlette.Requests.Tests.Fuzz;

/// <summary>Well-formed multipart forms (parts and their body written by <see cref="MultipartWriter"/>), and
/// hostile ones made from them.</summary>
internal static class MultiPartGen
{
    /// <summary>A boundary of 1-70 characters from RFC 2046's bchars (no space, so no trailing-space question).</summary>
    public static readonly Gen<string> Boundary = Gen.Char["0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=?"]
        .Array[1, 70].Select(chars => new string(chars));

    /// <summary>A name or file name: any text without a lone surrogate or a backslash (which quoting would decode).</summary>
    public static readonly Gen<string> Name = FuzzGen.ValidText(12).Select(text => text.Replace("\\", "", StringComparison.Ordinal));

    private static readonly Gen<MultipartPart> Field = Gen.Select(Name, FuzzGen.ValidText(60), (name, value) => new MultipartPart(name, null, null, Encoding.UTF8.GetBytes(value)));

    private static readonly Gen<MultipartPart> File = Gen.Select(
        Name, Name.Where(name => name.Length > 0), Gen.OneOf<string?>(null, "text/plain", "application/octet-stream", "image/png"), FuzzGen.Bytes(300),
        (name, fileName, type, content) => new MultipartPart(name, fileName, type, content));

    /// <summary>A form of 0-8 parts with its boundary, where the boundary does not occur in any content.</summary>
    public static readonly Gen<(string Boundary, MultipartPart[] Parts)> Form =
        Gen.Select(Boundary, Gen.Frequency((3, Field), (2, File)).Array[0, 8])
            .Where(form => form.Item2.All(part => !Encoding.UTF8.GetString(part.Content).Contains("--" + form.Item1, StringComparison.Ordinal)));

    /// <summary>Written forms, then mutated (see <see cref="FuzzGen.Mutated"/>), with their boundary.</summary>
    public static readonly Gen<(string Boundary, FuzzBody Body)> Hostile =
        Form.SelectMany(form => FuzzBody.From(FuzzGen.Mutated(Gen.Const(MultipartWriter.Write(form.Boundary, form.Parts))))
            .Select(body => (form.Boundary, body)));
}
