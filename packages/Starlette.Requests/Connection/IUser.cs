namespace Starlette.Requests;

/// <summary>
/// The user in <c>scope["user"]</c> (<see cref="HttpConnection.User"/>), put there by the authentication middleware
/// (upstream's <c>BaseUser</c> protocol). The authentication package's <c>BaseUser</c>, <c>SimpleUser</c> and
/// <c>UnauthenticatedUser</c> implement it; it lives here so that a connection can hand the user out typed.
/// </summary>
public interface IUser
{
    /// <summary>Whether the user has been authenticated (upstream's <c>is_authenticated</c>).</summary>
    bool IsAuthenticated { get; }

    /// <summary>The name to show for the user (upstream's <c>display_name</c>).</summary>
    string DisplayName { get; }

    /// <summary>A stable identifier for the user (upstream's <c>identity</c>).</summary>
    /// <exception cref="NotSupportedException">The user type does not define one.</exception>
    string Identity { get; }
}
