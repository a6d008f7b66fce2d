using System.Collections.ObjectModel;

namespace Starlette.Routing;

/// <summary>A router's routes, in order. Changing it tells the router to rebuild its dispatch index.</summary>
public sealed class RouteCollection : Collection<BaseRoute>, IReadOnlyList<BaseRoute>
{
    private readonly Action _changed;

    internal RouteCollection(IEnumerable<BaseRoute> routes, Action changed)
    {
        _changed = changed;
        foreach (var route in routes) Items.Add(route ?? throw new ArgumentException("A route is null.", nameof(routes)));
    }

    /// <inheritdoc />
    protected override void InsertItem(int index, BaseRoute item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.InsertItem(index, item);
        _changed();
    }

    /// <inheritdoc />
    protected override void SetItem(int index, BaseRoute item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
        _changed();
    }

    /// <inheritdoc />
    protected override void RemoveItem(int index)
    {
        base.RemoveItem(index);
        _changed();
    }

    /// <inheritdoc />
    protected override void ClearItems()
    {
        base.ClearItems();
        _changed();
    }
}
