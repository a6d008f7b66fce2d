using System.Buffers;
using System.Buffers.Text;
using System.Text;
using Starlette.Common;
using Starlette.Types;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>
/// Turns a session into its cookie and back, as upstream does: <c>sign(b64encode(json.dumps(session)))</c> and
/// <c>json.loads(b64decode(unsign(cookie, max_age)))</c>. Loading never throws: anything wrong gives no session.
/// </summary>
internal static class SessionCodec
{
    /// <summary>Reads the session cookie of the request, if it carries a genuine, unexpired one holding a JSON object.</summary>
    public static bool TryLoad(SessionSettings settings, IReadOnlyList<HttpHeader> headers, out OrderedDictionary<string, object?>? entries)
    {
        entries = null;
        if (!SessionCookieReader.TryFind(headers, settings.CookieName, out var cookie)) return false;

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(cookie.Length));
        try
        {
            var signed = rented.AsSpan(0, Encoding.UTF8.GetBytes(cookie, rented));
            if (!settings.Signer.TryUnsign(signed, settings.Now, settings.MaxAgeSeconds, out var payloadLength)) return false;

            var payload = signed[..payloadLength];
            if (Base64.DecodeFromUtf8InPlace(payload, out var jsonLength) != OperationStatus.Done) return false;
            if (!SessionJsonReader.TryRead(payload[..jsonLength], out var read)) return false;
            entries = read;
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The <c>Set-Cookie</c> value that stores <paramref name="entries"/>, signed now.</summary>
    public static string Save(SessionSettings settings, IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var json = new PooledByteBuffer(256);
        byte[]? signed = null;
        try
        {
            PythonJsonWriter.WriteObject(ref json, entries);
            signed = ArrayPool<byte>.Shared.Rent(Base64.GetMaxEncodedToUtf8Length(json.Length) + TimestampSigner.MaxSuffixLength);
            Base64.EncodeToUtf8(json.WrittenSpan, signed, out _, out var encodedLength);
            var length = settings.Signer.Sign(signed, encodedLength, settings.Now);
            return string.Create(
                settings.CookiePrefix.Length + length + settings.CookieSuffix.Length,
                (settings, signed, length),
                static (destination, state) =>
                {
                    var (settings, signed, length) = state;
                    settings.CookiePrefix.CopyTo(destination);
                    destination = destination[settings.CookiePrefix.Length..];
                    Encoding.ASCII.GetChars(signed.AsSpan(0, length), destination);
                    settings.CookieSuffix.CopyTo(destination[length..]);
                });
        }
        finally
        {
            json.Dispose();
            if (signed is not null) ArrayPool<byte>.Shared.Return(signed);
        }
    }
}
