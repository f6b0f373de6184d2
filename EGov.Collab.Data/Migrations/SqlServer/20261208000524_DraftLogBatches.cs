using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DraftLogBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DraftClientSequences",
                columns: table => new
                {
                    DraftId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftClientSequences", x => new { x.DraftId, x.ClientId });
                });

            migrationBuilder.CreateTable(
                name: "DraftLogBatches",
                columns: table => new
                {
                    DraftId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirstRevision = table.Column<long>(type: "bigint", nullable: false),
                    LastRevision = table.Column<long>(type: "bigint", nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftLogBatches", x => new { x.DraftId, x.FirstRevision });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DraftLogBatches_DraftId_LastRevision",
                table: "DraftLogBatches",
                columns: new[] { "DraftId", "LastRevision" },
                unique: true);

            // The per-submission log (DraftLog) stays, read with the batches; each client's last sequence number moves
            // into DraftClientSequences, where the store now reads it, so resends of existing drafts stay duplicates.
            migrationBuilder.Sql(
                """
                INSERT INTO [DraftClientSequences] ([DraftId], [ClientId], [LastSequence]) SELECT [DraftId], [ClientId], MAX([ClientSequence]) FROM [DraftLog] GROUP BY [DraftId], [ClientId];
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DraftClientSequences");

            migrationBuilder.DropTable(
                name: "DraftLogBatches");
        }
    }
}
