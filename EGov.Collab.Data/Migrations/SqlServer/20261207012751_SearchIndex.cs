using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Module = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Page = table.Column<int>(type: "int", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 30000, nullable: false),
                    TitleStems = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BodyStems = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Url = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Audience = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Updated = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchVocabulary",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Word = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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

            // Full-text over the stems .NET computed (Ukrainian word breaker, 1058), kept current by the engine itself.
            // Full-text DDL cannot run inside a transaction.
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'SearchCatalog') CREATE FULLTEXT CATALOG [SearchCatalog];",
                suppressTransaction: true);
            migrationBuilder.Sql(
                """
                CREATE FULLTEXT INDEX ON [SearchDocuments] ([TitleStems] LANGUAGE 1058, [BodyStems] LANGUAGE 1058)
                KEY INDEX [PK_SearchDocuments] ON [SearchCatalog]
                WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF);
                """,
                suppressTransaction: true);
            migrationBuilder.Sql(
                "CREATE FULLTEXT INDEX ON [SearchVocabulary] ([Word] LANGUAGE 1058) KEY INDEX [PK_SearchVocabulary] ON [SearchCatalog] WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF);",
                suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON [SearchVocabulary];", suppressTransaction: true);
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON [SearchDocuments];", suppressTransaction: true);
            migrationBuilder.Sql("DROP FULLTEXT CATALOG [SearchCatalog];", suppressTransaction: true);

            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "SearchVocabulary");
        }
    }
}
