namespace Starlette.Responses;

/// <summary>A cookie's <c>SameSite</c> attribute, written in lowercase as upstream does.</summary>
public enum SameSite
{
    /// <summary><c>SameSite=lax</c> (the default).</summary>
    Lax,

    /// <summary><c>SameSite=strict</c>.</summary>
    Strict,

    /// <summary><c>SameSite=none</c>.</summary>
    None,
}
