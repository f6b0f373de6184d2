using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Module = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Page = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 30000, nullable: false),
                    TitleStems = table.Column<string>(type: "TEXT", nullable: false),
                    BodyStems = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Updated = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchVocabulary",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Word = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchVocabulary", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Module_ItemId",
                table: "SearchDocuments",
                columns: new[] { "Module", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchVocabulary_Word",
                table: "SearchVocabulary",
                column: "Word",
                unique: true);

            // Full-text index over the stems .NET computed (external content: the words live once, in SearchDocuments).
            // unicode61 keeps an apostrophe inside a word (об'єдн), as the stems are written with the plain one.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchDocumentsFts USING fts5(
                    TitleStems, BodyStems,
                    content='SearchDocuments', content_rowid='Id',
                    tokenize="unicode61 remove_diacritics 0 tokenchars ''''");
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_AfterInsert AFTER INSERT ON SearchDocuments BEGIN
                    INSERT INTO SearchDocumentsFts(rowid, TitleStems, BodyStems) VALUES (new.Id, new.TitleStems, new.BodyStems);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_AfterDelete AFTER DELETE ON SearchDocuments BEGIN
                    INSERT INTO SearchDocumentsFts(SearchDocumentsFts, rowid, TitleStems, BodyStems) VALUES ('delete', old.Id, old.TitleStems, old.BodyStems);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_AfterUpdate AFTER UPDATE ON SearchDocuments BEGIN
                    INSERT INTO SearchDocumentsFts(SearchDocumentsFts, rowid, TitleStems, BodyStems) VALUES ('delete', old.Id, old.TitleStems, old.BodyStems);
                    INSERT INTO SearchDocumentsFts(rowid, TitleStems, BodyStems) VALUES (new.Id, new.TitleStems, new.BodyStems);
                END;
                """);

            // Trigram index over the vocabulary, for "did you mean".
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchVocabularyTrigrams USING fts5(
                    Word, content='SearchVocabulary', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchVocabulary_AfterInsert AFTER INSERT ON SearchVocabulary BEGIN
                    INSERT INTO SearchVocabularyTrigrams(rowid, Word) VALUES (new.Id, new.Word);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchVocabulary_AfterDelete AFTER DELETE ON SearchVocabulary BEGIN
                    INSERT INTO SearchVocabularyTrigrams(SearchVocabularyTrigrams, rowid, Word) VALUES ('delete', old.Id, old.Word);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchVocabularyTrigrams;");
            migrationBuilder.Sql("DROP TABLE SearchDocumentsFts;");

            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "SearchVocabulary");
        }
    }
}
