namespace Starlette.Authentication;

/// <summary>
/// The user of a connection the backend did not authenticate (upstream's <c>UnauthenticatedUser</c>): not
/// authenticated, with an empty display name.
/// </summary>
public class UnauthenticatedUser : BaseUser
{
    /// <summary>A shared instance (the type holds no state); the middleware uses it.</summary>
    public static UnauthenticatedUser Instance { get; } = new();

    /// <summary>Always <see langword="false"/>.</summary>
    public override bool IsAuthenticated => false;

    /// <summary>Always the empty string.</summary>
    public override string DisplayName => "";
}
