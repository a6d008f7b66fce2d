namespace Starlette.Requests;

/// <summary>What <see cref="MultiPartReader.Read"/> found.</summary>
internal enum MultiPartEvent
{
    /// <summary>The chunk is used up; feed the next one.</summary>
    NeedMoreData,

    /// <summary>A part's headers are complete (<see cref="MultiPartReader.TakeHeaders"/>); its content follows.</summary>
    HeadersComplete,

    /// <summary>A piece of the current part's content.</summary>
    Data,

    /// <summary>The current part's content is complete.</summary>
    PartEnd,

    /// <summary>The closing boundary: nothing after it matters.</summary>
    End,
}
