using System.Collections;

namespace Starlette.Middleware.RequestId;

/// <summary>
/// The logging scope's state: one structured value, <c>RequestId</c>, that providers show as a property (JSON
/// console, Serilog, OpenTelemetry) and as <c>RequestId:&lt;id&gt;</c> in text.
/// </summary>
internal sealed class RequestIdLogState(string id) : IReadOnlyList<KeyValuePair<string, object>>
{
    public const string Key = "RequestId";

    public int Count => 1;

    public KeyValuePair<string, object> this[int index] =>
        index == 0 ? new(Key, id) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Key + ":" + id;
}
