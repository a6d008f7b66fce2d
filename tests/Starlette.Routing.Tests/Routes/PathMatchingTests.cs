using System.Text.RegularExpressions;
using Starlette.Types;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

public class PathMatchingTests
{
    // The regex upstream's compile_path builds, written out by hand: the walker must agree with it everywhere.
    [Theory]
    [InlineData("/users/{id:int}", @"^/users/(?<id>[0-9]+)$")]
    [InlineData("/users/{username}", @"^/users/(?<username>[^/]+)$")]
    [InlineData("/users/{username}:disable", @"^/users/(?<username>[^/]+):disable$")]
    [InlineData("/{a}/x/{b:int}/{rest:path}", @"^/(?<a>[^/]+)/x/(?<b>[0-9]+)/(?<rest>.*)$")]
    [InlineData("/files/{rest:path}", @"^/files/(?<rest>.*)$")]
    [InlineData("/f/{x:float}", @"^/f/(?<x>[0-9]+(\.[0-9]+)?)$")]
    public void Matches_Inputs_AgreeWithUpstreamRegex(string pattern, string regex)
    {
        var route = new Route(pattern, Ok);
        string[] inputs =
        [
            "/users/42", "/users/42/", "/users/", "/users/tom", "/users/tom:disable", "/users/tom/x:disable", "/users/42\n",
            "/users/4\n2", "/a/x/1/", "/a/x/1/b/c", "/a/x/b/c", "//x/1/z", "/files", "/files/", "/files/a/b", "/files/a\nb",
            "/files/a\n", "/f/1.5", "/f/1.", "/f/15", "/users/99999999999999999999",
        ];
        foreach (var input in inputs)
        {
            var expected = Regex.Match(input, regex);
            var actual = route.Matches(new Scope(ScopeType.Http) { Path = input }, out var child);
            Assert.True(expected.Success == (actual == RouteMatch.Full), $"{pattern} on {input.Replace("\n", "\\n", StringComparison.Ordinal)}");
            if (!expected.Success) continue;
            foreach (var (name, value) in child.PathParams!)
            {
                Assert.Equal(expected.Groups[name].Value, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
