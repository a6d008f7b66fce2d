namespace Starlette.Testing.Support;

/// <summary>
/// A linear bound on what one input may allocate: <see cref="Fixed"/> bytes plus <see cref="PerInputByte"/> per
/// input byte. A parser that buffers the input a few times stays far below it; one that is quadratic in the
/// input, or allocates per byte, does not.
/// </summary>
/// <param name="Fixed">Bytes allowed whatever the input (pools, buffers, the result's objects).</param>
/// <param name="PerInputByte">Bytes allowed per input byte.</param>
public sealed record AllocationBound(long Fixed, long PerInputByte)
{
    /// <summary>256 KiB plus 64 bytes per input byte.</summary>
    public static AllocationBound Default { get; } = new(256 * 1024, 64);

    /// <summary>Throws when <paramref name="allocated"/> is over the bound for an input of <paramref name="inputSize"/> bytes.</summary>
    /// <param name="allocated">Bytes the input allocated.</param>
    /// <param name="inputSize">The input's size.</param>
    public void Verify(long allocated, long inputSize)
    {
        var limit = Fixed + (PerInputByte * inputSize);
        if (allocated > limit)
            throw new InvalidOperationException($"Allocated {allocated} bytes for a {inputSize}-byte input (bound {limit}).");
    }
}
