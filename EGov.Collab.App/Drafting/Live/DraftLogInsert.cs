using System.Data.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// Inserts operation-log rows with multi-row parameterised INSERTs, inside the caller's
/// transaction. Tracking hundreds of thousands of tiny entities cost more than the typing itself; the table, column
/// names and value conversions still come from the EF model, so the rows are exactly what EF would have written
/// (and what it reads back) on SQLite and SQL Server alike.
/// </summary>
internal static class DraftLogInsert
{
    // 7 parameters a row: 64 rows stay under SQL Server's 2,100 parameters and old SQLite builds' 999.
    private const int RowsPerStatement = 64;

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
        var parameterNames = Enumerable.Range(0, RowsPerStatement)
            .Select(row => columns.Select((_, column) => sql.GenerateParameterName($"p{row}_{column}")).ToArray()).ToArray();

        // Full chunks share one command (prepared once); the remainder gets its own.
        var commands = new Dictionary<int, DbCommand>();
        try
        {
            foreach (var chunk in entries.Chunk(RowsPerStatement))
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
