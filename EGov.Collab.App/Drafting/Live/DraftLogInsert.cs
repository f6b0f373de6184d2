using System.Data.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// Inserts operation-log rows with parameterised INSERTs (one prepared row at a time on SQLite, 64 rows a statement on SQL Server), inside the caller's
/// transaction. Tracking hundreds of thousands of tiny entities cost more than the typing itself; the table, column
/// names and value conversions still come from the EF model, so the rows are exactly what EF would have written
/// (and what it reads back) on SQLite and SQL Server alike.
/// </summary>
internal static class DraftLogInsert
{
    // SQL Server: 7 parameters a row, 64 rows stay under its 2,100 parameters, and one statement saves 63 round trips.
    // SQLite runs in-process, so a statement costs no round trip, while binding a parameter by name is a linear search
    // of the statement's names: 448 names made each 64-row statement cost 64 times what 64 one-row statements do
    // (half the trace replay's CPU went to it). There, one row a statement, prepared once and bound again.
    private const int SqlServerRowsPerStatement = 64;

    public static async Task RunAsync(CollabDbContext db, IEnumerable<DraftLogEntry> entries, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(DraftLogEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = new (IProperty Property, Func<DraftLogEntry, object> Value)[]
        {
            (entity.FindProperty(nameof(DraftLogEntry.DraftId))!, e => e.DraftId),
            (entity.FindProperty(nameof(DraftLogEntry.Revision))!, e => e.Revision),
            (entity.FindProperty(nameof(DraftLogEntry.AuthorId))!, e => e.AuthorId),
            (entity.FindProperty(nameof(DraftLogEntry.ClientId))!, e => e.ClientId),
            (entity.FindProperty(nameof(DraftLogEntry.ClientSequence))!, e => e.ClientSequence),
            (entity.FindProperty(nameof(DraftLogEntry.At))!, e => e.At),
            (entity.FindProperty(nameof(DraftLogEntry.Operations))!, e => e.Operations),
        };
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)));
        var mappings = columns.Select(c => c.Property.GetRelationalTypeMapping()).ToArray();
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ";
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var connection = db.Database.GetDbConnection();
        var rowsPerStatement = db.Database.IsSqlServer() ? SqlServerRowsPerStatement : 1;
        var parameterNames = Enumerable.Range(0, rowsPerStatement)
            .Select(row => columns.Select((_, column) => sql.GenerateParameterName($"p{row}_{column}")).ToArray()).ToArray();

        // Full chunks share one command (prepared once); the remainder gets its own.
        var commands = new Dictionary<int, DbCommand>();
        try
        {
            foreach (var chunk in entries.Chunk(rowsPerStatement))
            {
                if (!commands.TryGetValue(chunk.Length, out var command))
                {
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = into + string.Join(", ", Enumerable.Range(0, chunk.Length).Select(row =>
                        "(" + string.Join(", ", parameterNames[row]) + ")"));
                    for (var row = 0; row < chunk.Length; row++)
                    for (var column = 0; column < columns.Length; column++)
                        command.Parameters.Add(mappings[column].CreateParameter(command, parameterNames[row][column], columns[column].Value(chunk[row]), nullable: false));
                    commands[chunk.Length] = command;
                }
                else
                {
                    // The same command again: only the values change (typed and named once, not per row).
                    for (var row = 0; row < chunk.Length; row++)
                    for (var column = 0; column < columns.Length; column++)
                    {
                        var value = columns[column].Value(chunk[row]);
                        command.Parameters[row * columns.Length + column].Value = mappings[column].Converter?.ConvertToProvider(value) ?? value;
                    }
                }
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            foreach (var command in commands.Values) await command.DisposeAsync();
        }
    }
}
