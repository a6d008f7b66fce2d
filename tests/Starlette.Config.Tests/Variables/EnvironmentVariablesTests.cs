using System.Collections;

namespace Starlette.Configuration.Tests.Variables;

public sealed class EnvironmentVariablesTests
{
    [Fact]
    public void Environ_ProcessEnvironment_RefusesChangesAfterRead()
    {
        using var testing = new ProcessVariable("TESTING");
        using var gone = new ProcessVariable("GONE");
        var environ = new EnvironmentVariables();

        // We can mutate the environ at this point.
        environ[testing.Name] = "True";
        environ[gone.Name] = "123";
        Assert.Equal("123", Environment.GetEnvironmentVariable(gone.Name));
        Assert.True(environ.Remove(gone.Name));

        // We can read the environ.
        Assert.Equal("True", environ[testing.Name]);
        Assert.False(environ.ContainsKey(gone.Name));
        Assert.Null(Environment.GetEnvironmentVariable(gone.Name));

        // We cannot mutate these keys now that we've read them.
        Assert.Equal(
            $"Attempting to set environ['{testing.Name}'], but the value has already been read.",
            Assert.Throws<EnvironmentVariableException>(() => environ[testing.Name] = "False").Message);
        Assert.Equal(
            $"Attempting to delete environ['{gone.Name}'], but the value has already been read.",
            Assert.Throws<EnvironmentVariableException>(() => environ.Remove(gone.Name)).Message);
        Assert.Equal("True", Environment.GetEnvironmentVariable(testing.Name));

        // The mapping's keys and size are the process environment's.
        environ = new EnvironmentVariables();
        var expected = Environment.GetEnvironmentVariables().Keys.Cast<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, environ.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(Environment.GetEnvironmentVariables().Count, environ.Count);
    } // upstream test_environ

    [Fact]
    public void Environ_Dictionary_WritesThrough()
    {
        var backing = new Dictionary<string, string>();
        var environ = new EnvironmentVariables(backing) { ["A"] = "1" };
        environ.Add("B", "2");

        Assert.Equal(new Dictionary<string, string> { ["A"] = "1", ["B"] = "2" }, backing);
        Assert.Throws<ArgumentException>(() => environ.Add("B", "3"));
        Assert.False(environ.Remove("C"));
    }

    [Fact]
    public void Environ_MissingKeyRead_StillMarked()
    {
        var environ = new EnvironmentVariables(new Dictionary<string, string>());

        Assert.Throws<KeyNotFoundException>(() => environ["LATE"]);
        Assert.True(environ.HasBeenRead("LATE"));
        Assert.Throws<EnvironmentVariableException>(() => environ["LATE"] = "now");
        Assert.Throws<EnvironmentVariableException>(() => environ.Add("LATE", "now"));
    }

    [Fact]
    public void Environ_KeysAndCount_MarkNothing_ValuesAndPairsMarkAll()
    {
        var environ = new EnvironmentVariables(new Dictionary<string, string> { ["A"] = "1", ["B"] = "2" });

        Assert.Equal(["A", "B"], environ.Keys);
        Assert.Equal(2, environ.Count);
        Assert.False(environ.HasBeenRead("A"));

        Assert.Equal(["1", "2"], environ.Values);
        Assert.True(environ.HasBeenRead("A") && environ.HasBeenRead("B"));

        var other = new EnvironmentVariables(new Dictionary<string, string> { ["X"] = "9" });
        Assert.Equal([new KeyValuePair<string, string>("X", "9")], other.ToList());
        Assert.True(other.HasBeenRead("X"));
    }

    [Fact]
    public void Environ_Clear_AllOrNothing()
    {
        var backing = new Dictionary<string, string> { ["A"] = "1", ["B"] = "2" };
        var environ = new EnvironmentVariables(backing);
        _ = environ.TryGetValue("B", out _);

        Assert.Throws<EnvironmentVariableException>(environ.Clear);
        Assert.Equal(2, backing.Count);

        var fresh = new EnvironmentVariables(backing);
        fresh.Clear();
        Assert.Empty(backing);
    }

    [Fact]
    public void Environ_CollectionInterface_FollowsDictionaryRules()
    {
        ICollection<KeyValuePair<string, string>> environ = new EnvironmentVariables(new Dictionary<string, string> { ["A"] = "1" });

        Assert.False(environ.IsReadOnly);
        Assert.True(environ.Contains(new("A", "1")));
        Assert.Throws<EnvironmentVariableException>(() => environ.Remove(new("A", "1")));
        var copy = new KeyValuePair<string, string>[2];
        environ.CopyTo(copy, 1);
        Assert.Equal(new KeyValuePair<string, string>("A", "1"), copy[1]);
        IReadOnlyDictionary<string, string> readOnly = (EnvironmentVariables)environ;
        Assert.Equal(["A"], readOnly.Keys);
        Assert.NotNull(((IEnumerable)environ).GetEnumerator());
    }

    [Fact]
    public void Config_ReadingThroughEnviron_LocksTheKey()
    {
        var environ = new EnvironmentVariables(new Dictionary<string, string> { ["DEBUG"] = "true" });
        var config = new Config(environmentVariables: environ);

        Assert.True(config.Get<bool>("DEBUG"));
        Assert.Equal("fallback", config.Get("UNSET", "fallback"));

        Assert.Throws<EnvironmentVariableException>(() => environ["DEBUG"] = "false");
        Assert.Throws<EnvironmentVariableException>(() => environ["UNSET"] = "late");
        environ["OTHER"] = "fine";
    }

    [Fact]
    public void Environ_Default_IsSharedProcessEnvironment()
    {
        using var variable = new ProcessVariable("DEFAULT", "x");

        Assert.Same(EnvironmentVariables.Default, EnvironmentVariables.Default);
        Assert.Equal("x", EnvironmentVariables.Default[variable.Name]);
        Assert.Throws<EnvironmentVariableException>(() => EnvironmentVariables.Default[variable.Name] = "y");
    }

    [Fact]
    public void Environ_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new EnvironmentVariables(null!));
        Assert.Throws<ArgumentNullException>(() => new EnvironmentVariables(new Dictionary<string, string>()).TryGetValue(null!, out _));
    }

    [Fact]
    public void Environ_ProcessEnvironment_AddsRemovesAndRemovesPairsThroughTheProcess()
    {
        using var variable = new ProcessVariable("ADDED");

        new EnvironmentVariables().Add(variable.Name, "1");
        var again = Assert.Throws<ArgumentException>(() => new EnvironmentVariables().Add(variable.Name, "2"));
        ICollection<KeyValuePair<string, string>> pairs = new EnvironmentVariables();
        var otherValueRemoved = pairs.Remove(new(variable.Name, "2"));
        var stillSet = Environment.GetEnvironmentVariable(variable.Name);
        var removed = pairs.Remove(new(variable.Name, "1"));

        Assert.Equal($"The environment variable '{variable.Name}' is already set. (Parameter 'key')", again.Message);
        Assert.Equal((false, "1", true), (otherValueRemoved, stillSet, removed));
        Assert.Null(Environment.GetEnvironmentVariable(variable.Name));
        Assert.False(new EnvironmentVariables().Remove(variable.Name));
        Assert.Throws<ArgumentNullException>(() => new EnvironmentVariables()[variable.Name] = null!);
    }

    [Fact]
    public void Environ_Dictionary_CollectionAddAndPairRemovalGoThrough()
    {
        var backing = new Dictionary<string, string> { ["A"] = "1" };
        ICollection<KeyValuePair<string, string>> environ = new EnvironmentVariables(backing);

        environ.Add(new("B", "2"));
        Assert.False(environ.Remove(new("A", "other")));
        Assert.True(environ.Remove(new("A", "1")));

        Assert.Equal(new Dictionary<string, string> { ["B"] = "2" }, backing);
        IReadOnlyDictionary<string, string> readOnly = new EnvironmentVariables(backing);
        Assert.Equal(["2"], readOnly.Values);
        Assert.True(((EnvironmentVariables)readOnly).HasBeenRead("B"));
    }

    [Fact]
    public void Environ_MissingKey_KeyNotFoundNamesTheVariable()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new EnvironmentVariables(new Dictionary<string, string>())["NOPE"]);

        Assert.Equal("The environment variable 'NOPE' is not set.", error.Message);
    }

    [Fact]
    public void EnvironmentVariableException_Constructors_KeepMessageAndCause()
    {
        var cause = new InvalidOperationException("read first");

        var withCause = new EnvironmentVariableException("too late", cause);

        Assert.Equal("too late", withCause.Message);
        Assert.Same(cause, withCause.InnerException);
        Assert.IsAssignableFrom<InvalidOperationException>(new EnvironmentVariableException());
        Assert.Null(new EnvironmentVariableException().InnerException);
    }
}

