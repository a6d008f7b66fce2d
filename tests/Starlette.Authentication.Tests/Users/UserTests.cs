using Starlette.Requests;
namespace Starlette.Authentication.Tests.Users;

public sealed class UserTests
{
    [Fact]
    public void SimpleUser_IsAuthenticatedWithUsernameAsDisplayName()
    {
        var user = new SimpleUser("tomchristie");

        Assert.True(user.IsAuthenticated);
        Assert.Equal("tomchristie", user.DisplayName);
        Assert.Equal("tomchristie", user.Username);
        Assert.Equal("SimpleUser(tomchristie)", user.ToString());
    }

    [Fact]
    public void SimpleUser_Identity_NotSupportedAsUpstream()
    {
        var error = Assert.Throws<NotSupportedException>(() => new SimpleUser("a").Identity);

        Assert.Equal("SimpleUser does not define an identity: override BaseUser.Identity.", error.Message);
    }

    [Fact]
    public void UnauthenticatedUser_NotAuthenticatedWithEmptyDisplayName()
    {
        var user = UnauthenticatedUser.Instance;

        Assert.False(user.IsAuthenticated);
        Assert.Equal("", user.DisplayName);
        Assert.Equal("UnauthenticatedUser", user.ToString());
    }

    [Fact]
    public void BaseUser_CustomIdentity_Overridable()
    {
        var user = new AccountUser(42);

        Assert.Equal("42", user.Identity);
        Assert.Equal("account 42", user.DisplayName);
    }

    [Fact]
    public void AuthCredentials_CopiesScopesAndChecksThemOrdinally()
    {
        var scopes = new List<string> { "authenticated", "admin" };
        var credentials = new AuthCredentials(scopes);
        scopes.Add("late");

        Assert.Equal(["authenticated", "admin"], credentials.Scopes);
        Assert.True(credentials.HasScope("admin"));
        Assert.False(credentials.HasScope("Admin"));
        Assert.False(credentials.HasScope("late"));
        Assert.Equal("AuthCredentials([authenticated, admin])", credentials.ToString());
    }

    [Fact]
    public void AuthCredentials_DefaultAndNone_HaveNoScopes()
    {
        Assert.Empty(new AuthCredentials().Scopes);
        Assert.Empty(AuthCredentials.None.Scopes);
        Assert.Throws<ArgumentException>(() => new AuthCredentials(["a", null!]));
    }

    [Fact]
    public void AuthenticationResult_DeconstructsAndRejectsNulls()
    {
        var (credentials, user) = new AuthenticationResult(AuthCredentials.None, UnauthenticatedUser.Instance);

        Assert.Same(AuthCredentials.None, credentials);
        Assert.Same(UnauthenticatedUser.Instance, user);
        Assert.Throws<ArgumentNullException>(() => new AuthenticationResult(null!, user));
        Assert.Throws<ArgumentNullException>(() => new AuthenticationResult(credentials, null!));
    }

    private sealed class AccountUser(int id) : BaseUser
    {
        public override bool IsAuthenticated => true;

        public override string DisplayName => $"account {Identity}";

        public override string Identity => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
