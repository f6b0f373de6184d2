using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Practices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PracticeClassifier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Scheme = table.Column<int>(type: "int", nullable: false),
                    Notation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LabelUk = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LabelEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BroaderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeClassifier", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeClassifier_PracticeClassifier_BroaderId",
                        column: x => x.BroaderId,
                        principalTable: "PracticeClassifier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    TitleUk = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ProblemUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ProblemEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    SolutionUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    SolutionEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ImplementationUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ImplementationEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ResourcesUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ResourcesEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    LessonsUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    LessonsEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    TransferabilityUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    TransferabilityEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Contacts = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CostUah = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RegionCode = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ImplementedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReadinessCodeList = table.Column<string>(type: "nvarchar(420)", maxLength: 420, nullable: false),
                    IsProven = table.Column<bool>(type: "bit", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ContestEntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    JuryScore = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Practices_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Practices_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Practices_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeAttachments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeConcepts",
                columns: table => new
                {
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConceptId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeConcepts", x => new { x.PracticeId, x.ConceptId });
                    table.ForeignKey(
                        name: "FK_PracticeConcepts_PracticeClassifier_ConceptId",
                        column: x => x.ConceptId,
                        principalTable: "PracticeClassifier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeConcepts_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeReplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    NotesUk = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    NotesEn = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReplicatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeReplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeReplications_AspNetUsers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeReplications_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeReplications_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeReplications_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeReviews_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeReviews_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAttachments_PracticeId_DocumentId",
                table: "PracticeAttachments",
                columns: new[] { "PracticeId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeClassifier_BroaderId",
                table: "PracticeClassifier",
                column: "BroaderId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeClassifier_Scheme_Notation",
                table: "PracticeClassifier",
                columns: new[] { "Scheme", "Notation" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeConcepts_ConceptId",
                table: "PracticeConcepts",
                column: "ConceptId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReplications_CommunityId",
                table: "PracticeReplications",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReplications_OrganisationId",
                table: "PracticeReplications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReplications_PracticeId_CommunityId",
                table: "PracticeReplications",
                columns: new[] { "PracticeId", "CommunityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReplications_RecordedBy",
                table: "PracticeReplications",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReviews_AuthorId",
                table: "PracticeReviews",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReviews_PracticeId_At",
                table: "PracticeReviews",
                columns: new[] { "PracticeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Practices_AuthorId",
                table: "Practices",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_CommunityId",
                table: "Practices",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_ContestEntryId",
                table: "Practices",
                column: "ContestEntryId",
                unique: true,
                filter: "[ContestEntryId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_OrganisationId",
                table: "Practices",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Status_PublishedAt",
                table: "Practices",
                columns: new[] { "Status", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PracticeAttachments");

            migrationBuilder.DropTable(
                name: "PracticeConcepts");

            migrationBuilder.DropTable(
                name: "PracticeReplications");

            migrationBuilder.DropTable(
                name: "PracticeReviews");

            migrationBuilder.DropTable(
                name: "PracticeClassifier");

            migrationBuilder.DropTable(
                name: "Practices");
        }
    }
}
