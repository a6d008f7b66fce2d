namespace Starlette.Broadcast;

/// <summary>
/// Ends a subscription whose queue overflowed under <see cref="SlowConsumerPolicy.EndSubscription"/>: the
/// subscriber fell behind by more than its queue holds. The messages already queued are delivered first.
/// </summary>
public sealed class SlowConsumerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SlowConsumerException()
        : base("The subscriber fell behind and its queue overflowed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    public SlowConsumerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public SlowConsumerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
