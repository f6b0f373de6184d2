using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchQueryPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Access",
                table: "SearchDocuments",
                columns: new[] { "Id", "Audience", "Module", "Year", "Language" });

            // Prefix indexes of 2, 3 and 4 letters: a partial word (a suggestion as one types, "реєс*") reads one prefix
            // doclist instead of merging every term it begins. Hand-written: the lead carries this over at merge.
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

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_Access",
                table: "SearchDocuments");
        }

        private static string FtsTable(string options) =>
            "CREATE VIRTUAL TABLE SearchDocumentsFts USING fts5(TitleStems, BodyStems, content='SearchDocuments', content_rowid='Id', "
            + "tokenize=\"unicode61 remove_diacritics 0 tokenchars ''''\"" + options + ");";
    }
}
