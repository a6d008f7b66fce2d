using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// Builds the container Kestrel is taken from: a slim web application that is never run, so Kestrel gets its
/// normal transport, memory pool and HTTPS services while requests go to our own IHttpApplication.
/// </summary>
internal static class KestrelSetup
{
    public static WebApplication Build(AsgiServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is { } loggers) builder.Services.AddSingleton(loggers);
        else ConsoleLogSetup.AddConsole(builder.Logging, options.ConsoleLogFormat, builder.Environment);

        var certificate = LoadCertificate(options);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = options.ServerHeader;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
            kestrel.Limits.MaxRequestHeadersTotalSize = options.MaxRequestHeadersTotalSize;
            kestrel.Limits.MaxRequestHeaderCount = options.MaxRequestHeaderCount;
            kestrel.Limits.KeepAliveTimeout = options.KeepAliveTimeout;
            // Latin-1 for header values as uvicorn passes them, but not for Content-Length: Kestrel parses that one
            // itself, and its Latin-1 path fails on an oversized number instead of answering 400.
            kestrel.RequestHeaderEncodingSelector = name => string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase) ? null : Encoding.Latin1;
            kestrel.ResponseHeaderEncodingSelector = _ => Encoding.Latin1;
            foreach (var (address, port, https) in Endpoints(options, certificate is not null))
            {
                kestrel.Listen(address, port, listen =>
                {
                    listen.Protocols = options.Protocols ?? (https ? HttpProtocols.Http1AndHttp2 : HttpProtocols.Http1);
                    if (!https) return;
                    if (certificate is not null) listen.UseHttps(certificate);
                    else listen.UseHttps();
                });
            }
        });
        return builder.Build();
    }

    private static IEnumerable<(IPAddress Address, int Port, bool Https)> Endpoints(AsgiServerOptions options, bool certificate)
    {
        var https = certificate || options.UseDevelopmentCertificate;
        if (options.Urls.Count == 0)
        {
            yield return (ParseHost(options.Host), options.Port, https);
            yield break;
        }

        foreach (var url in options.Urls)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
                throw new ArgumentException($"'{url}' is not an http:// or https:// URL to listen on.", nameof(options));
            if (uri.Scheme == "https" && !https)
                throw new ArgumentException($"'{url}' needs a certificate: set CertificatePath or UseDevelopmentCertificate.", nameof(options));
            yield return (ParseHost(uri.Host), uri.Port, uri.Scheme == "https");
        }
    }

    private static IPAddress ParseHost(string host) => host switch
    {
        "localhost" => IPAddress.Loopback,
        "" or "0.0.0.0" => IPAddress.Any,
        "::" or "[::]" => IPAddress.IPv6Any,
        _ => IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
            : throw new ArgumentException($"'{host}' is not an IP address or localhost.", nameof(host)),
    };

    private static X509Certificate2? LoadCertificate(AsgiServerOptions options)
    {
        if (options.CertificatePath is not { } path) return null;
        if (!File.Exists(path)) throw new FileNotFoundException($"The certificate file '{path}' does not exist.", path);
        return options.CertificateKeyPath is { } key
            ? X509Certificate2.CreateFromPemFile(path, key)
            : X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
    }
}
