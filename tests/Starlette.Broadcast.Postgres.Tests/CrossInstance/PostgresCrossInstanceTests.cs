using Starlette.Broadcast.Tests.CrossInstance;

namespace Starlette.Broadcast.Postgres.Tests.CrossInstance;

public class PostgresCrossInstanceTests(PostgresFixture postgres) : CrossInstanceTests, IClassFixture<PostgresFixture>
{
    protected override async Task<IBroadcastBackend> CreateBackendAsync() => new PostgresBroadcastBackend((await postgres.GetAsync()).ConnectionString);
}
