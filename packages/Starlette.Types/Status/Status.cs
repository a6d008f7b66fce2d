namespace Starlette.Types;

/// <summary>
/// HTTP status codes and WebSocket close codes, named as in upstream Starlette's <c>status</c> module
/// (<c>HTTP_404_NOT_FOUND</c> is <see cref="Http404NotFound"/>, <c>WS_1000_NORMAL_CLOSURE</c> is <see cref="Ws1000NormalClosure"/>).
/// </summary>
/// <remarks>Names follow RFC 9110 and the IANA registries. The superseded names upstream still answers with a
/// deprecation warning are kept as <see cref="ObsoleteAttribute"/> members carrying the same message.</remarks>
public static partial class Status
{
    /// <summary>HTTP 100 Continue.</summary>
    public const int Http100Continue = 100;

    /// <summary>HTTP 101 Switching Protocols.</summary>
    public const int Http101SwitchingProtocols = 101;

    /// <summary>HTTP 102 Processing.</summary>
    public const int Http102Processing = 102;

    /// <summary>HTTP 103 Early Hints.</summary>
    public const int Http103EarlyHints = 103;

    /// <summary>HTTP 200 OK.</summary>
    public const int Http200OK = 200;

    /// <summary>HTTP 201 Created.</summary>
    public const int Http201Created = 201;

    /// <summary>HTTP 202 Accepted.</summary>
    public const int Http202Accepted = 202;

    /// <summary>HTTP 203 Non-Authoritative Information.</summary>
    public const int Http203NonAuthoritativeInformation = 203;

    /// <summary>HTTP 204 No Content.</summary>
    public const int Http204NoContent = 204;

    /// <summary>HTTP 205 Reset Content.</summary>
    public const int Http205ResetContent = 205;

    /// <summary>HTTP 206 Partial Content.</summary>
    public const int Http206PartialContent = 206;

    /// <summary>HTTP 207 Multi-Status.</summary>
    public const int Http207MultiStatus = 207;

    /// <summary>HTTP 208 Already Reported.</summary>
    public const int Http208AlreadyReported = 208;

    /// <summary>HTTP 226 IM Used.</summary>
    public const int Http226ImUsed = 226;

    /// <summary>HTTP 300 Multiple Choices.</summary>
    public const int Http300MultipleChoices = 300;

    /// <summary>HTTP 301 Moved Permanently.</summary>
    public const int Http301MovedPermanently = 301;

    /// <summary>HTTP 302 Found.</summary>
    public const int Http302Found = 302;

    /// <summary>HTTP 303 See Other.</summary>
    public const int Http303SeeOther = 303;

    /// <summary>HTTP 304 Not Modified.</summary>
    public const int Http304NotModified = 304;

    /// <summary>HTTP 305 Use Proxy.</summary>
    public const int Http305UseProxy = 305;

    /// <summary>HTTP 306 (Reserved, reserved).</summary>
    public const int Http306Reserved = 306;

    /// <summary>HTTP 307 Temporary Redirect.</summary>
    public const int Http307TemporaryRedirect = 307;

    /// <summary>HTTP 308 Permanent Redirect.</summary>
    public const int Http308PermanentRedirect = 308;

    /// <summary>HTTP 400 Bad Request.</summary>
    public const int Http400BadRequest = 400;

    /// <summary>HTTP 401 Unauthorized.</summary>
    public const int Http401Unauthorized = 401;

    /// <summary>HTTP 402 Payment Required.</summary>
    public const int Http402PaymentRequired = 402;

    /// <summary>HTTP 403 Forbidden.</summary>
    public const int Http403Forbidden = 403;

    /// <summary>HTTP 404 Not Found.</summary>
    public const int Http404NotFound = 404;

    /// <summary>HTTP 405 Method Not Allowed.</summary>
    public const int Http405MethodNotAllowed = 405;

    /// <summary>HTTP 406 Not Acceptable.</summary>
    public const int Http406NotAcceptable = 406;

    /// <summary>HTTP 407 Proxy Authentication Required.</summary>
    public const int Http407ProxyAuthenticationRequired = 407;

    /// <summary>HTTP 408 Request Timeout.</summary>
    public const int Http408RequestTimeout = 408;

    /// <summary>HTTP 409 Conflict.</summary>
    public const int Http409Conflict = 409;

    /// <summary>HTTP 410 Gone.</summary>
    public const int Http410Gone = 410;

    /// <summary>HTTP 411 Length Required.</summary>
    public const int Http411LengthRequired = 411;

    /// <summary>HTTP 412 Precondition Failed.</summary>
    public const int Http412PreconditionFailed = 412;

    /// <summary>HTTP 413 Content Too Large.</summary>
    public const int Http413ContentTooLarge = 413;

    /// <summary>HTTP 414 URI Too Long.</summary>
    public const int Http414UriTooLong = 414;

    /// <summary>HTTP 415 Unsupported Media Type.</summary>
    public const int Http415UnsupportedMediaType = 415;

    /// <summary>HTTP 416 Range Not Satisfiable.</summary>
    public const int Http416RangeNotSatisfiable = 416;

    /// <summary>HTTP 417 Expectation Failed.</summary>
    public const int Http417ExpectationFailed = 417;

    /// <summary>HTTP 418 I'm a Teapot.</summary>
    public const int Http418ImATeapot = 418;

    /// <summary>HTTP 421 Misdirected Request.</summary>
    public const int Http421MisdirectedRequest = 421;

    /// <summary>HTTP 422 Unprocessable Content.</summary>
    public const int Http422UnprocessableContent = 422;

    /// <summary>HTTP 423 Locked.</summary>
    public const int Http423Locked = 423;

    /// <summary>HTTP 424 Failed Dependency.</summary>
    public const int Http424FailedDependency = 424;

    /// <summary>HTTP 425 Too Early.</summary>
    public const int Http425TooEarly = 425;

    /// <summary>HTTP 426 Upgrade Required.</summary>
    public const int Http426UpgradeRequired = 426;

    /// <summary>HTTP 428 Precondition Required.</summary>
    public const int Http428PreconditionRequired = 428;

    /// <summary>HTTP 429 Too Many Requests.</summary>
    public const int Http429TooManyRequests = 429;

    /// <summary>HTTP 431 Request Header Fields Too Large.</summary>
    public const int Http431RequestHeaderFieldsTooLarge = 431;

    /// <summary>HTTP 451 Unavailable For Legal Reasons.</summary>
    public const int Http451UnavailableForLegalReasons = 451;

    /// <summary>HTTP 500 Internal Server Error.</summary>
    public const int Http500InternalServerError = 500;

    /// <summary>HTTP 501 Not Implemented.</summary>
    public const int Http501NotImplemented = 501;

    /// <summary>HTTP 502 Bad Gateway.</summary>
    public const int Http502BadGateway = 502;

    /// <summary>HTTP 503 Service Unavailable.</summary>
    public const int Http503ServiceUnavailable = 503;

    /// <summary>HTTP 504 Gateway Timeout.</summary>
    public const int Http504GatewayTimeout = 504;

    /// <summary>HTTP 505 HTTP Version Not Supported.</summary>
    public const int Http505HttpVersionNotSupported = 505;

    /// <summary>HTTP 506 Variant Also Negotiates.</summary>
    public const int Http506VariantAlsoNegotiates = 506;

    /// <summary>HTTP 507 Insufficient Storage.</summary>
    public const int Http507InsufficientStorage = 507;

    /// <summary>HTTP 508 Loop Detected.</summary>
    public const int Http508LoopDetected = 508;

    /// <summary>HTTP 510 Not Extended.</summary>
    public const int Http510NotExtended = 510;

    /// <summary>HTTP 511 Network Authentication Required.</summary>
    public const int Http511NetworkAuthenticationRequired = 511;

    /// <summary>WebSocket close code 1000 (normal closure).</summary>
    public const int Ws1000NormalClosure = 1000;

    /// <summary>WebSocket close code 1001 (going away).</summary>
    public const int Ws1001GoingAway = 1001;

    /// <summary>WebSocket close code 1002 (protocol error).</summary>
    public const int Ws1002ProtocolError = 1002;

    /// <summary>WebSocket close code 1003 (unsupported data).</summary>
    public const int Ws1003UnsupportedData = 1003;

    /// <summary>WebSocket close code 1005 (no status rcvd).</summary>
    public const int Ws1005NoStatusRcvd = 1005;

    /// <summary>WebSocket close code 1006 (abnormal closure).</summary>
    public const int Ws1006AbnormalClosure = 1006;

    /// <summary>WebSocket close code 1007 (invalid frame payload data).</summary>
    public const int Ws1007InvalidFramePayloadData = 1007;

    /// <summary>WebSocket close code 1008 (policy violation).</summary>
    public const int Ws1008PolicyViolation = 1008;

    /// <summary>WebSocket close code 1009 (message too big).</summary>
    public const int Ws1009MessageTooBig = 1009;

    /// <summary>WebSocket close code 1010 (mandatory ext).</summary>
    public const int Ws1010MandatoryExt = 1010;

    /// <summary>WebSocket close code 1011 (internal error).</summary>
    public const int Ws1011InternalError = 1011;

    /// <summary>WebSocket close code 1012 (service restart).</summary>
    public const int Ws1012ServiceRestart = 1012;

    /// <summary>WebSocket close code 1013 (try again later).</summary>
    public const int Ws1013TryAgainLater = 1013;

    /// <summary>WebSocket close code 1014 (bad gateway).</summary>
    public const int Ws1014BadGateway = 1014;

    /// <summary>WebSocket close code 1015 (tls handshake).</summary>
    public const int Ws1015TlsHandshake = 1015;

    /// <summary>Superseded name of <see cref="Http413ContentTooLarge"/>.</summary>
    [Obsolete("'Http413RequestEntityTooLarge' is deprecated. Use 'Http413ContentTooLarge' instead.")]
    public const int Http413RequestEntityTooLarge = 413;

    /// <summary>Superseded name of <see cref="Http414UriTooLong"/>.</summary>
    [Obsolete("'Http414RequestUriTooLong' is deprecated. Use 'Http414UriTooLong' instead.")]
    public const int Http414RequestUriTooLong = 414;

    /// <summary>Superseded name of <see cref="Http416RangeNotSatisfiable"/>.</summary>
    [Obsolete("'Http416RequestedRangeNotSatisfiable' is deprecated. Use 'Http416RangeNotSatisfiable' instead.")]
    public const int Http416RequestedRangeNotSatisfiable = 416;

    /// <summary>Superseded name of <see cref="Http422UnprocessableContent"/>.</summary>
    [Obsolete("'Http422UnprocessableEntity' is deprecated. Use 'Http422UnprocessableContent' instead.")]
    public const int Http422UnprocessableEntity = 422;
}
