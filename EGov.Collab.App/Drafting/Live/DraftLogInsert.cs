using System.Data.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// Inserts operation-log rows with one prepared, parameterised INSERT reused for every row, inside the caller's
/// transaction. Tracking hundreds of thousands of tiny entities cost more than the typing itself; the table, column
/// names and value conversions still come from the EF model, so the rows are exactly what EF would have written
/// (and what it reads back) on SQLite and SQL Server alike.
/// </summary>
internal static class DraftLogInsert
{
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
        var names = columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!));
        var parameters = columns.Select((_, i) => sql.GenerateParameterName($"p{i}")).ToArray();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) " +
                              $"VALUES ({string.Join(", ", parameters)})";
        var mappings = columns.Select(c => c.Property.GetRelationalTypeMapping()).ToArray();
        foreach (var entry in entries)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Length; i++)
                command.Parameters.Add(mappings[i].CreateParameter(command, parameters[i], columns[i].Value(entry), nullable: false));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
