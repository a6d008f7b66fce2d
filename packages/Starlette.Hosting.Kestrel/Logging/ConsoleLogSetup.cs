using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Starlette.Hosting.Kestrel;

/// <summary>Sets up the console log of a server given no logger factory, in the chosen <see cref="ConsoleLogFormat"/>.</summary>
internal static class ConsoleLogSetup
{
    public static void AddConsole(ILoggingBuilder logging, ConsoleLogFormat format, IHostEnvironment environment)
    {
        if (format == ConsoleLogFormat.Auto) format = environment.IsDevelopment() ? ConsoleLogFormat.MultiLine : ConsoleLogFormat.SingleLine;
        switch (format)
        {
            case ConsoleLogFormat.MultiLine:
                logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ConsoleFormatter, DevelopmentConsoleFormatter>());
                logging.AddConsole(console => console.FormatterName = DevelopmentConsoleFormatter.FormatterName);
                break;
            case ConsoleLogFormat.Json:
                logging.AddJsonConsole(json => json.IncludeScopes = true);
                break;
            case ConsoleLogFormat.SingleLine:
                logging.AddSimpleConsole(console => console.SingleLine = true);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a ConsoleLogFormat.");
        }
    }
}
