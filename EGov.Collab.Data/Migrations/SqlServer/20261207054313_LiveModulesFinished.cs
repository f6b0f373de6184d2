using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LiveModulesFinished : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BodySource",
                table: "JournalArticles",
                type: "nvarchar(max)",
                maxLength: 100000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SourceFormat",
                table: "JournalArticles",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AmendmentDeadline",
                table: "Drafts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AmendmentReminderSentAt",
                table: "Drafts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Amendments",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ByEmail = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => new { x.MemberId, x.Type });
                    table.ForeignKey(
                        name: "FK_NotificationPreferences_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Access",
                table: "SearchDocuments",
                columns: new[] { "Id", "Audience", "Module", "Year", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_Drafts_AmendmentDeadline",
                table: "Drafts",
                column: "AmendmentDeadline");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_Access",
                table: "SearchDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Drafts_AmendmentDeadline",
                table: "Drafts");

            migrationBuilder.DropColumn(
                name: "BodySource",
                table: "JournalArticles");

            migrationBuilder.DropColumn(
                name: "SourceFormat",
                table: "JournalArticles");

            migrationBuilder.DropColumn(
                name: "AmendmentDeadline",
                table: "Drafts");

            migrationBuilder.DropColumn(
                name: "AmendmentReminderSentAt",
                table: "Drafts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Amendments");
        }
    }
}
