using Starlette.Testing.Support.External;

namespace Starlette.Broadcast.Postgres.Tests;

/// <summary>One PostgreSQL server for a test class (<see cref="ServerFixture{TServer}"/>).</summary>
public sealed class PostgresFixture() : ServerFixture<PostgresServer>(PostgresServer.StartAsync);
