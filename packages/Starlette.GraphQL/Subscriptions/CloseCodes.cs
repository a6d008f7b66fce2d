namespace Starlette.GraphQL.Subscriptions;

/// <summary>The close codes of the graphql-transport-ws protocol, with the reasons this server gives.</summary>
internal static class CloseCodes
{
    public const string Subprotocol = "graphql-transport-ws";

    /// <summary>A message that is not JSON, has no type, an unknown type, or a wrong member.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary><see cref="GraphQLOptions.OnConnect"/> refused the connection.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the graphql-transport-ws subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within <see cref="GraphQLOptions.ConnectionInitWaitTimeout"/>.</summary>
    public const int ConnectionInitTimeout = 4408;

    /// <summary><c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>A close reason fits a control frame: at most 123 bytes of UTF-8.</summary>
    public static string Reason(string reason)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(reason) <= 123) return reason;
        var cut = reason[..Math.Min(reason.Length, 120)];
        while (System.Text.Encoding.UTF8.GetByteCount(cut) > 120) cut = cut[..^1];
        return cut + "...";
    }
}
