using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Library : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LibraryCollections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameUk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DescriptionUk = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryCollections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LibraryItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmitterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IdentifierYear = table.Column<int>(type: "INTEGER", nullable: true),
                    IdentifierNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    TitleUk = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AlternativeTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AbstractUk = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    AbstractEn = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateIssued = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CoverageCommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LicenceUri = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmbargoUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryItems_AspNetUsers_SubmitterId",
                        column: x => x.SubmitterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LibraryItems_Communities_CoverageCommunityId",
                        column: x => x.CoverageCommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LibraryItems_LibraryCollections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "LibraryCollections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LibraryAgents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryAgents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryAgents_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryFiles_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibrarySubjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibrarySubjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibrarySubjects_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryUsageEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitorKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryUsageEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryUsageEvents_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryAgents_ItemId_Position",
                table: "LibraryAgents",
                columns: new[] { "ItemId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryAgents_Name",
                table: "LibraryAgents",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCollections_Slug",
                table: "LibraryCollections",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryFiles_DocumentId",
                table: "LibraryFiles",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryFiles_ItemId_Number",
                table: "LibraryFiles",
                columns: new[] { "ItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_CollectionId",
                table: "LibraryItems",
                column: "CollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_CoverageCommunityId",
                table: "LibraryItems",
                column: "CoverageCommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_IdentifierYear_IdentifierNumber",
                table: "LibraryItems",
                columns: new[] { "IdentifierYear", "IdentifierNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_Status_PublishedAt",
                table: "LibraryItems",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_SubmitterId_SubmittedAt",
                table: "LibraryItems",
                columns: new[] { "SubmitterId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_UpdatedAt",
                table: "LibraryItems",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LibrarySubjects_ItemId_Position",
                table: "LibrarySubjects",
                columns: new[] { "ItemId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_LibrarySubjects_Value",
                table: "LibrarySubjects",
                column: "Value");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryUsageEvents_ItemId_At",
                table: "LibraryUsageEvents",
                columns: new[] { "ItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryUsageEvents_ItemId_Kind_VisitorKey_At",
                table: "LibraryUsageEvents",
                columns: new[] { "ItemId", "Kind", "VisitorKey", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LibraryAgents");

            migrationBuilder.DropTable(
                name: "LibraryFiles");

            migrationBuilder.DropTable(
                name: "LibrarySubjects");

            migrationBuilder.DropTable(
                name: "LibraryUsageEvents");

            migrationBuilder.DropTable(
                name: "LibraryItems");

            migrationBuilder.DropTable(
                name: "LibraryCollections");
        }
    }
}
