using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DraftingLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DraftLog",
                columns: table => new
                {
                    DraftId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientSequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Operations = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftLog", x => new { x.DraftId, x.Revision });
                });

            migrationBuilder.CreateTable(
                name: "DraftSnapshots",
                columns: table => new
                {
                    DraftId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Document = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftSnapshots", x => new { x.DraftId, x.Revision });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DraftLog_DraftId_ClientId_ClientSequence",
                table: "DraftLog",
                columns: new[] { "DraftId", "ClientId", "ClientSequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DraftLog");

            migrationBuilder.DropTable(
                name: "DraftSnapshots");
        }
    }
}
