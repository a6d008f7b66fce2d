namespace Starlette.Datastructures;

/// <summary>
/// A submitted form: an immutable multi-dictionary of text values and uploaded files (upstream's <c>FormData</c>).
/// Disposing it, or <see cref="CloseAsync"/>, closes every uploaded file, deleting any temporary file behind one:
/// <c>await using var form = await request.FormAsync();</c>.
/// </summary>
public sealed class FormData : ImmutableMultiDict<string, FormValue>, IAsyncDisposable
{
    /// <summary>Creates an empty form.</summary>
    public FormData()
    {
    }

    /// <summary>Creates a form from pairs (a list, a dictionary, or another form's pairs).</summary>
    /// <param name="items">The names and values.</param>
    public FormData(IEnumerable<KeyValuePair<string, FormValue>> items)
        : base(items)
    {
        foreach (var pair in _list)
        {
            if (pair.Value.Text is null && pair.Value.File is null) throw new ArgumentException("A value is neither text nor a file.", nameof(items));
        }
    }

    /// <summary>Creates a form of text values.</summary>
    /// <param name="fields">The names and texts.</param>
    public FormData(IEnumerable<KeyValuePair<string, string>> fields)
        : this((fields ?? throw new ArgumentNullException(nameof(fields))).Select(f => new KeyValuePair<string, FormValue>(f.Key, f.Value)))
    {
    }

    /// <summary>Closes every uploaded file of the form, in order (upstream's <c>close</c>).</summary>
    /// <returns>A task that completes when all are closed.</returns>
    public async ValueTask CloseAsync()
    {
        foreach (var pair in _list)
        {
            if (pair.Value.File is { } file) await file.CloseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Closes every uploaded file, as <see cref="CloseAsync"/>.</summary>
    /// <returns>A task that completes when all are closed.</returns>
    public ValueTask DisposeAsync() => CloseAsync();
}
