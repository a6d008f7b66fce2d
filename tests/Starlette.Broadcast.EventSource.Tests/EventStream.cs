using System.Net;

namespace Starlette.Broadcast.EventSource.Tests;

/// <summary>A browser-like EventSource client: reads events (id, event, data) off a streamed response; disposing it drops the connection.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly HttpClient _client;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpClient client, HttpResponseMessage response, StreamReader reader)
    {
        _client = client;
        _response = response;
        _reader = reader;
    }

    public HttpStatusCode Status => _response.StatusCode;

    /// <summary>The <c>retry:</c> of a block without data, as read so far.</summary>
    public string? Retry { get; private set; }

    /// <summary>The comment lines read so far.</summary>
    public List<string> Comments { get; } = [];

    public static async Task<EventStream> OpenAsync(Uri uri, string? lastEventId)
    {
        var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        return new EventStream(client, response, reader);
    }

    public async Task<string> ReadBodyAsync() => await _reader.ReadToEndAsync();

    public async Task<string?> ReadLineAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        return await _reader.ReadLineAsync(deadline.Token);
    }

    public async Task<List<Dictionary<string, string>>> ReadEventsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var events = new List<Dictionary<string, string>>();
        var current = new Dictionary<string, string>();
        while (events.Count < count)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException($"The stream ended after {events.Count} of {count} events.");
            if (line.Length == 0)
            {
                // As a browser: a block without data dispatches no event (its retry still applies).
                if (current.ContainsKey("data")) events.Add(current);
                else if (current.TryGetValue("retry", out var retry)) Retry = retry;
                current = [];
                continue;
            }

            if (line.StartsWith(':'))
            {
                Comments.Add(line[1..].TrimStart(' '));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            current[line[..colon]] = line[(colon + 1)..].TrimStart(' ');
        }

        return events;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
        _client.Dispose();
    }
}
