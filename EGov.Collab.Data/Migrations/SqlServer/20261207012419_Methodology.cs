using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Methodology : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MethodologyActs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Identifier = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdopterName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    LostForceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OfficialUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    TagList = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyActs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyExamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: true),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Url = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyExamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DraftKind = table.Column<int>(type: "int", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    CurrentVersion = table.Column<int>(type: "int", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyActEditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EditionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 200000, nullable: false),
                    OfficialUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyActEditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodologyActEditions_MethodologyActs_ActId",
                        column: x => x.ActId,
                        principalTable: "MethodologyActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyActLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyActLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodologyActLinks_MethodologyActs_SourceId",
                        column: x => x.SourceId,
                        principalTable: "MethodologyActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MethodologyActLinks_MethodologyActs_TargetId",
                        column: x => x.TargetId,
                        principalTable: "MethodologyActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyCitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    CitingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SeenState = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    FlaggedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodologyCitations_MethodologyActs_ActId",
                        column: x => x.ActId,
                        principalTable: "MethodologyActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyTemplateDrafts",
                columns: table => new
                {
                    DraftId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    PlaceholderValues = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyTemplateDrafts", x => x.DraftId);
                    table.ForeignKey(
                        name: "FK_MethodologyTemplateDrafts_Drafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "Drafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MethodologyTemplateDrafts_MethodologyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "MethodologyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyTemplateVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Structure = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyTemplateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodologyTemplateVersions_MethodologyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "MethodologyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActEditions_ActId_EditionDate",
                table: "MethodologyActEditions",
                columns: new[] { "ActId", "EditionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActLinks_SourceId_TargetId_Type",
                table: "MethodologyActLinks",
                columns: new[] { "SourceId", "TargetId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActLinks_TargetId",
                table: "MethodologyActLinks",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActs_AdoptedOn",
                table: "MethodologyActs",
                column: "AdoptedOn");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActs_Identifier",
                table: "MethodologyActs",
                column: "Identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyCitations_ActId",
                table: "MethodologyCitations",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyCitations_Kind_CitingId_ActId",
                table: "MethodologyCitations",
                columns: new[] { "Kind", "CitingId", "ActId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyExamples_CommunityId",
                table: "MethodologyExamples",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyExamples_Level_Year",
                table: "MethodologyExamples",
                columns: new[] { "Level", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyTemplateDrafts_TemplateId",
                table: "MethodologyTemplateDrafts",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyTemplateVersions_TemplateId_Number",
                table: "MethodologyTemplateVersions",
                columns: new[] { "TemplateId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MethodologyActEditions");

            migrationBuilder.DropTable(
                name: "MethodologyActLinks");

            migrationBuilder.DropTable(
                name: "MethodologyCitations");

            migrationBuilder.DropTable(
                name: "MethodologyExamples");

            migrationBuilder.DropTable(
                name: "MethodologyTemplateDrafts");

            migrationBuilder.DropTable(
                name: "MethodologyTemplateVersions");

            migrationBuilder.DropTable(
                name: "MethodologyActs");

            migrationBuilder.DropTable(
                name: "MethodologyTemplates");
        }
    }
}
