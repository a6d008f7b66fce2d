using System.Buffers;

namespace Starlette.Common;

/// <summary>
/// A growable byte buffer over <see cref="ArrayPool{T}.Shared"/> arrays; dispose to return the array. A mutable
/// struct: keep it in a non-readonly field or local and pass it by <see langword="ref"/>.
/// </summary>
internal struct PooledByteBuffer : IDisposable
{
    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a buffer that rents <paramref name="capacity"/> bytes up front.</summary>
    public PooledByteBuffer(int capacity)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(capacity);
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<byte> WrittenSpan => _buffer is null ? default : _buffer.AsSpan(0, _length);

    public void Write(byte value)
    {
        if (_buffer is null || _length == _buffer.Length) Grow(1);
        _buffer![_length++] = value;
    }

    public void Write(scoped ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        if (_buffer is null || _buffer.Length - _length < bytes.Length) Grow(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>A span of at least <paramref name="size"/> free bytes; call <see cref="Advance"/> with what was used.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (_buffer is null || _buffer.Length - _length < size) Grow(size);
        return _buffer.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    /// <summary>Forgets the bytes written, keeping the array for reuse.</summary>
    public void Clear() => _length = 0;

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer is { Length: > 0 }) ArrayPool<byte>.Shared.Return(buffer);
    }

    private void Grow(int needed)
    {
        var current = _buffer ?? [];
        var size = Math.Max(_length + needed, Math.Max(256, (int)Math.Min(Array.MaxLength, 2L * current.Length)));
        var larger = ArrayPool<byte>.Shared.Rent(size);
        current.AsSpan(0, _length).CopyTo(larger);
        if (current.Length > 0) ArrayPool<byte>.Shared.Return(current);
        _buffer = larger;
    }
}
