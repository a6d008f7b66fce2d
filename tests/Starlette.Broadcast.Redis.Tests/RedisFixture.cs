using Starlette.Testing.Support.External;

namespace Starlette.Broadcast.Redis.Tests;

/// <summary>One redis-server for a test class (<see cref="ServerFixture{TServer}"/>).</summary>
public sealed class RedisFixture() : ServerFixture<RedisServer>(RedisServer.StartAsync);
