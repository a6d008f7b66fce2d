using CsCheck;

namespace Starlette.Testing.Support;

/// <summary>A body cut into chunks: where the cuts fall is part of the input, so parsers meet every split.</summary>
/// <param name="Bytes">The whole body.</param>
/// <param name="ChunkSize">The size of every chunk but the last.</param>
public sealed record FuzzBody(byte[] Bytes, int ChunkSize)
{
    /// <summary>Bodies from <paramref name="bytes"/>, in chunks of 1 byte to the whole body.</summary>
    /// <param name="bytes">The bodies.</param>
    /// <returns>The generator.</returns>
    public static Gen<FuzzBody> From(Gen<byte[]> bytes) =>
        Gen.Select(bytes, Gen.Frequency((1, Gen.Int[1, 8]), (2, Gen.Int[9, 4096])), (body, size) => new FuzzBody(body, size));

    /// <summary>The chunks, produced synchronously (so the whole parse runs on the caller's thread).</summary>
    /// <returns>The chunks.</returns>
#pragma warning disable CS1998 // synchronous on purpose
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> Chunks()
    {
        for (var i = 0; i < Bytes.Length; i += ChunkSize) yield return Bytes.AsMemory(i, Math.Min(ChunkSize, Bytes.Length - i));
    }
#pragma warning restore CS1998

    /// <summary>The body as C# escapes, in chunks of <see cref="ChunkSize"/>, for a failure message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"chunks of {ChunkSize}: \"{Show.Bytes(Bytes)}\"";
}
