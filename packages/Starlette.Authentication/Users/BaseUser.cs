using Starlette.Requests;

namespace Starlette.Authentication;

/// <summary>
/// A user as the authentication middleware puts it in <c>scope["user"]</c> (upstream's <c>BaseUser</c>), read as
/// <see cref="HttpConnection.User"/>: derive
/// from it for your own user type, or use <see cref="SimpleUser"/> and <see cref="UnauthenticatedUser"/>.
/// </summary>
/// <example>
/// <code>
/// sealed class AccountUser(Account account) : BaseUser
/// {
///     public override bool IsAuthenticated => true;
///     public override string DisplayName => account.Name;
///     public override string Identity => account.Id.ToString(CultureInfo.InvariantCulture);
/// }
/// </code>
/// </example>
public abstract class BaseUser : IUser
{
    /// <summary>Whether the user has been authenticated (upstream's <c>is_authenticated</c>).</summary>
    public abstract bool IsAuthenticated { get; }

    /// <summary>The name to show for the user (upstream's <c>display_name</c>).</summary>
    public abstract string DisplayName { get; }

    /// <summary>A stable identifier for the user (upstream's <c>identity</c>).</summary>
    /// <exception cref="NotSupportedException">The user type does not define one (the default, as upstream).</exception>
    public virtual string Identity => throw new NotSupportedException($"{GetType().Name} does not define an identity: override BaseUser.Identity.");

    /// <summary>Describes the user, e.g. <c>SimpleUser(alice)</c> or <c>UnauthenticatedUser</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsAuthenticated ? $"{GetType().Name}({DisplayName})" : GetType().Name;
}
