using System.Numerics;
using System.Text.Json.Nodes;
using Starlette.Types;

namespace Starlette.Middleware.Sessions.Tests;

/// <summary>The session dictionary's access and modification tracking (upstream's Session class).</summary>
public class SessionTests
{
    private static Session Make(params (string Key, object? Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    [Fact]
    public void Mutators_TrackModificationAsUpstream() // upstream test_session_tracks_modification
    {
        var session = Make(("a", "1"), ("b", "2"));
        Assert.False(session.IsModified);

        // __setitem__
        session["c"] = "3";
        Assert.True(session.IsModified);

        // __delitem__
        session = Make(("a", "1"));
        session.Remove("a");
        Assert.True(session.IsModified);

        // clear
        session = Make(("a", "1"));
        session.Clear();
        Assert.True(session.IsModified);

        // pop with existing key
        session = Make(("a", "1"));
        Assert.True(session.Remove("a", out var popped));
        Assert.Equal("1", popped);
        Assert.True(session.IsModified);

        // pop with missing key
        session = Make(("a", "1"));
        Assert.False(session.Remove("missing", out _));
        Assert.False(session.IsModified);

        // setdefault with missing key
        session = Make(("a", "1"));
        Assert.Equal("2", session.GetOrAdd("b", "2"));
        Assert.True(session.IsModified);

        // setdefault with existing key
        session = Make(("a", "1"));
        Assert.Equal("1", session.GetOrAdd("a", "2"));
        Assert.False(session.IsModified);
    }

    [Fact]
    public void Constructor_WithEntries_IsNeitherAccessedNorModified()
    {
        var session = Make(("a", 1L));

        Assert.False(session.IsAccessed);
        Assert.False(session.IsModified);
    }

    public static TheoryData<string, Action<Session>> Reads => new()
    {
        { "indexer", s => _ = s["a"] },
        { "TryGetValue", s => s.TryGetValue("a", out _) },
        { "ContainsKey", s => s.ContainsKey("zzz") },
        { "Count", s => _ = s.Count },
        { "Keys", s => _ = s.Keys },
        { "Values", s => _ = s.Values },
        { "foreach", s => { foreach (var entry in s) { } } },
        { "LINQ", s => _ = s.ToList() },
        { "Contains", s => _ = ((ICollection<KeyValuePair<string, object?>>)s).Contains(KeyValuePair.Create("a", (object?)1L)) },
        { "IReadOnlyDictionary.Keys", s => _ = ((IReadOnlyDictionary<string, object?>)s).Keys },
        { "IReadOnlyDictionary.Values", s => _ = ((IReadOnlyDictionary<string, object?>)s).Values },
        { "IEnumerable", s => ((System.Collections.IEnumerable)s).GetEnumerator().MoveNext() },
        { "MarkAccessed", s => s.MarkAccessed() },
        { "ICollection.Remove of another value", s => Assert.False(((ICollection<KeyValuePair<string, object?>>)s).Remove(KeyValuePair.Create("a", (object?)2L))) },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public void Reads_MarkAccessedButNotModified(string name, Action<Session> read)
    {
        var session = Make(("a", 1L));

        read(session);

        Assert.True(session.IsAccessed, name);
        Assert.False(session.IsModified, name);
    }

    public static TheoryData<string, Action<Session>> Writes => new()
    {
        { "indexer", s => s["b"] = 2 },
        { "Add", s => s.Add("b", 2) },
        { "Update", s => s.Update([]) },
        { "Clear", s => s.Clear() },
        { "Remove", s => s.Remove("a") },
        { "MarkModified", s => s.MarkModified() },
        { "ICollection.Add", s => ((ICollection<KeyValuePair<string, object?>>)s).Add(KeyValuePair.Create("b", (object?)2)) },
        { "ICollection.Remove", s => Assert.True(((ICollection<KeyValuePair<string, object?>>)s).Remove(KeyValuePair.Create("a", (object?)1L))) },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public void Writes_MarkModifiedAndAccessed(string name, Action<Session> write)
    {
        var session = Make(("a", 1L));

        write(session);

        Assert.True(session.IsModified, name);
        Assert.True(session.IsAccessed, name);
    }

    [Fact]
    public void Add_ExistingKey_ThrowsAndLeavesTheSessionUnmodified()
    {
        var session = Make(("a", 1L));

        Assert.Throws<ArgumentException>(() => session.Add("a", 2));
        Assert.False(session.IsModified);
    }

    [Fact]
    public void Enumeration_KeepsInsertionOrderAcrossRemovals()
    {
        var session = Make(("a", 1L), ("b", 2L), ("c", 3L));

        session.Remove("a");
        session["d"] = 4L;
        session["b"] = 5L;

        Assert.Equal(["b", "c", "d"], session.Keys);
        Assert.Equal([5L, 3L, 4L], session.Values);
    }

    [Fact]
    public void IsReadOnly_IsFalse() => Assert.False(((ICollection<KeyValuePair<string, object?>>)new Session()).IsReadOnly);

    [Fact]
    public void Indexer_MissingKey_ThrowsKeyNotFound() => Assert.Throws<KeyNotFoundException>(() => new Session()["x"]);

    [Theory]
    [MemberData(nameof(SupportedValues))]
    public void Indexer_JsonValue_IsAccepted(object? value)
    {
        var session = new Session { ["v"] = value };

        Assert.Same(value, session["v"]);
    }

    public static TheoryData<object?> SupportedValues => new()
    {
        null, "text", true, 1, 2L, (short)3, (byte)4, 5u, 6ul, 1.5, 2.5f, 3.5m, new BigInteger(7),
        new JsonObject { ["a"] = 1 }, new JsonArray(1, 2), new List<string> { "a" }, new Dictionary<string, int> { ["a"] = 1 }, new[] { 1, 2 },
    };

    [Fact]
    public void Indexer_NonJsonValue_Throws()
    {
        var session = new Session();

        Assert.Throws<ArgumentException>(() => session["v"] = new object());
        Assert.Throws<ArgumentException>(() => session["v"] = DateTime.UnixEpoch);
        Assert.False(session.IsModified);
    }

    [Fact]
    public void ScopeExtension_ReturnsTheSessionOrNull()
    {
        var scope = new Types.Scope(Types.ScopeType.Http);
        Assert.Null(scope.GetSession());

        var session = new Session();
        scope.Items[ScopeItemKeys.Session] = session;

        Assert.Same(session, scope.GetSession());
    }
}
