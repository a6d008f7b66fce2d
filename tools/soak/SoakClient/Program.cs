// The WebSocket and SSE side of the soak run (tools/soak/run.sh). Usage:
//   SoakClient BASE_URL SECONDS WEBSOCKETS SSE_STREAMS
// Opens WEBSOCKETS connections to BASE_URL/ws, each sending a numbered text message and waiting for its echo, over
// and over, for SECONDS; and SSE_STREAMS streams of BASE_URL/sse, reading events (one per 50 ms) for SECONDS, each
// reconnecting when its stream is closed. Prints one "key value" line per counter; exits 1 on any error or loss.
using System.Globalization;
using Starlette.Soak;

var baseUrl = new Uri(args[0]);
var duration = TimeSpan.FromSeconds(int.Parse(args[1], CultureInfo.InvariantCulture));
var webSockets = int.Parse(args[2], CultureInfo.InvariantCulture);
var streams = int.Parse(args[3], CultureInfo.InvariantCulture);

var counters = new Counters();
using var stop = new CancellationTokenSource(duration);
var wsUri = new UriBuilder(baseUrl) { Scheme = baseUrl.Scheme == "https" ? "wss" : "ws", Path = "/ws" }.Uri;
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { Timeout = Timeout.InfiniteTimeSpan };

var tasks = new List<Task>();
for (var i = 0; i < webSockets; i++) tasks.Add(Task.Run(() => EchoLoop.RunAsync(wsUri, counters, stop.Token)));
for (var i = 0; i < streams; i++) tasks.Add(Task.Run(() => EventLoop.RunAsync(http, new Uri(baseUrl, "/sse"), counters, stop.Token)));
await Task.WhenAll(tasks);

counters.Print(Console.Out);
return counters.Failed ? 1 : 0;
