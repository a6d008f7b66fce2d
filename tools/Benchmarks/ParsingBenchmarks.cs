using BenchmarkDotNet.Attributes;
using Starlette.Datastructures;

namespace Starlette.Benchmarks;

/// <summary>Query-string and cookie-header parsing of typical sizes.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private const string Query = "page=3&per_page=50&sort=created_at&order=desc&q=hello+world&tag=a&tag=b&filter%5Bstatus%5D=open";
    private const string Cookie = "session=eyJ1c2VyIjoiYWxpY2UifQ.ZmFrZQ.c2lnbmF0dXJl; theme=dark; lang=en-US; _ga=GA1.2.123456789.1700000000; consent=\"yes\"";

    [Benchmark]
    public QueryParams ParseQuery() => new(Query);

    [Benchmark]
    public Dictionary<string, string> ParseCookies() => CookieParser.Parse(Cookie);
}
