using Starlette.Broadcast.Tests.CrossInstance;

namespace Starlette.Broadcast.Redis.Tests.CrossInstance;

public class RedisCrossInstanceTests(RedisFixture redis) : CrossInstanceTests, IClassFixture<RedisFixture>
{
    protected override async Task<IBroadcastBackend> CreateBackendAsync() => new RedisBroadcastBackend((await redis.GetAsync()).Url);
}
