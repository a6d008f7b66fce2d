using System.Buffers;

namespace Starlette.Requests;

/// <summary>A growable byte buffer over <see cref="ArrayPool{T}.Shared"/> arrays, for field names and values.</summary>
internal sealed class PooledByteBuffer : IDisposable
{
    private byte[] _array = [];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, Length);

    public void Append(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return;
        if (_array.Length - Length < data.Length) Grow(Length + data.Length);
        data.CopyTo(_array.AsSpan(Length));
        Length += data.Length;
    }

    public void Clear() => Length = 0;

    public void Dispose()
    {
        var array = _array;
        _array = [];
        Length = 0;
        if (array.Length > 0) ArrayPool<byte>.Shared.Return(array);
    }

    private void Grow(int needed)
    {
        var size = Math.Max(needed, Math.Max(256, (int)Math.Min(Array.MaxLength, 2L * _array.Length)));
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _array.AsSpan(0, Length).CopyTo(bigger);
        var old = _array;
        _array = bigger;
        if (old.Length > 0) ArrayPool<byte>.Shared.Return(old);
    }
}
