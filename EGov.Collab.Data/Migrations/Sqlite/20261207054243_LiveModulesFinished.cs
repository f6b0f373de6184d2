using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SourceFormat",
                table: "JournalArticles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "AmendmentDeadline",
                table: "Drafts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AmendmentReminderSentAt",
                table: "Drafts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Amendments",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ByEmail = table.Column<bool>(type: "INTEGER", nullable: false)
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

            // Prefix indexes of 2, 3 and 4 letters: a partial word (a suggestion as one types) reads one prefix doclist
            // instead of merging every term it begins. FTS5 cannot alter a table's options: drop, recreate, rebuild.
            migrationBuilder.Sql("DROP TABLE SearchDocumentsFts;");
            migrationBuilder.Sql(FtsTable(", prefix='2 3 4'"));
            migrationBuilder.Sql("INSERT INTO SearchDocumentsFts(SearchDocumentsFts) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchDocumentsFts;");
            migrationBuilder.Sql(FtsTable(""));
            migrationBuilder.Sql("INSERT INTO SearchDocumentsFts(SearchDocumentsFts) VALUES ('rebuild');");

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

        private static string FtsTable(string options) =>
            "CREATE VIRTUAL TABLE SearchDocumentsFts USING fts5(TitleStems, BodyStems, content='SearchDocuments', content_rowid='Id', "
            + "tokenize=\"unicode61 remove_diacritics 0 tokenchars ''''\"" + options + ");";
    }
}
