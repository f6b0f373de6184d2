using System.Data.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// Counts the SQL commands EF sends, so a test can say how many queries an operation costs (a live refresh, a check of
/// rights). <see cref="Factory"/> gives contexts on a database that count into this counter.
/// </summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public int Count
    {
        get { lock (_commands) return _commands.Count; }
    }

    public IReadOnlyList<string> Commands
    {
        get { lock (_commands) return [.. _commands]; }
    }

    public void Reset()
    {
        lock (_commands) _commands.Clear();
    }

    /// <summary>How many commands <paramref name="action"/> sent.</summary>
    public async Task<int> CountAsync(Func<Task> action)
    {
        var before = Count;
        await action();
        return Count - before;
    }

    /// <summary>Contexts on <paramref name="connectionString"/> (SQLite) that count here, with any further interceptors.</summary>
    public IDbContextFactory<CollabDbContext> Factory(string connectionString, params IInterceptor[] more) =>
        new CountingFactory(new DbContextOptionsBuilder<SqliteCollabDbContext>().UseSqlite(connectionString).AddInterceptors([this, .. more]).Options);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    private T Record<T>(DbCommand command, T result)
    {
        lock (_commands) _commands.Add(command.CommandText);
        return result;
    }

    private sealed class CountingFactory(DbContextOptions<SqliteCollabDbContext> options) : IDbContextFactory<CollabDbContext>
    {
        public CollabDbContext CreateDbContext() => new SqliteCollabDbContext(options);
    }
}
