using System.Text.RegularExpressions;

namespace Starlette.Broadcast.Postgres.Internal;

/// <summary>The backend's SQL, with the table and NOTIFY channel names validated once (plain identifiers, optionally schema-qualified).</summary>
internal sealed partial class PostgresSql
{
    public PostgresSql(string table, string notifyChannel)
    {
        if (!Identifier().IsMatch(table)) throw new ArgumentException($"'{table}' is not a plain table name (letters, digits, '_', optionally schema.table).", nameof(table));
        if (!Identifier().IsMatch(notifyChannel) || notifyChannel.Contains('.', StringComparison.Ordinal))
            throw new ArgumentException($"'{notifyChannel}' is not a plain NOTIFY channel name (letters, digits, '_').", nameof(notifyChannel));
        var trim = table + "_trim";
        Create = $"""
            CREATE TABLE IF NOT EXISTS {table} (id bigserial PRIMARY KEY, channel text NOT NULL, is_text boolean NOT NULL, data bytea NOT NULL, created timestamptz NOT NULL DEFAULT now());
            CREATE INDEX IF NOT EXISTS {table.Replace('.', '_')}_channel_id ON {table} (channel, id);
            CREATE TABLE IF NOT EXISTS {trim} (channel text PRIMARY KEY, trimmed_to bigint NOT NULL);
            """;
        Listen = $"LISTEN {notifyChannel}";
        Publish = $"""
            WITH m AS (INSERT INTO {table} (channel, is_text, data) VALUES ($1, $2, $3) RETURNING id)
            SELECT id, pg_notify($4, id::text || ' ' || $5 || ' ' || $6 || ' ' || $1 || $7) FROM m
            """;
        Trim = $"""
            WITH d AS (DELETE FROM {table} WHERE channel = $1 AND id <= (SELECT id FROM {table} WHERE channel = $1 ORDER BY id DESC OFFSET $2 LIMIT 1) RETURNING id)
            INSERT INTO {trim} (channel, trimmed_to) SELECT $1, max(id) FROM d HAVING max(id) IS NOT NULL
            ON CONFLICT (channel) DO UPDATE SET trimmed_to = greatest({trim}.trimmed_to, excluded.trimmed_to)
            """;
        After = $"SELECT id, is_text, data FROM {table} WHERE channel = $1 AND id > $2 ORDER BY id LIMIT $3";
        Last = $"SELECT id, is_text, data FROM (SELECT id, is_text, data FROM {table} WHERE channel = $1 ORDER BY id DESC LIMIT $2) last ORDER BY id";
        TrimmedTo = $"SELECT trimmed_to FROM {trim} WHERE channel = $1";
        Body = $"SELECT data FROM {table} WHERE id = $1";
    }

    public string Create { get; }

    public string Listen { get; }

    public string Publish { get; }

    public string Trim { get; }

    public string After { get; }

    public string Last { get; }

    public string TrimmedTo { get; }

    public string Body { get; }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$")]
    private static partial Regex Identifier();
}
