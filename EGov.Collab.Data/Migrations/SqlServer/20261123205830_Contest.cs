using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Contest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContestEditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestEditions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContestNominations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EditionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Phase = table.Column<int>(type: "int", nullable: false),
                    ScheduledPhase = table.Column<int>(type: "int", nullable: false),
                    RegistrationStartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpertReviewStartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    JuryScoringStartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublicEvaluationStartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ResultsStartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    BlindMode = table.Column<bool>(type: "bit", nullable: false),
                    Aggregation = table.Column<int>(type: "int", nullable: false),
                    DisagreementThreshold = table.Column<double>(type: "float", nullable: false),
                    VotesPerMember = table.Column<int>(type: "int", nullable: false),
                    JuryWeight = table.Column<int>(type: "int", nullable: false),
                    ScoringLockedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ResultsApprovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ResultsApprovedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ResultsPublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestNominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestNominations_ContestEditions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "ContestEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NominationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Weight = table.Column<int>(type: "int", nullable: false),
                    ScaleMin = table.Column<double>(type: "float", nullable: false),
                    ScaleMax = table.Column<double>(type: "float", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestCriteria_ContestNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "ContestNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NominationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Results = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Costs = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Replication = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Contacts = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ScreeningReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Place = table.Column<int>(type: "int", nullable: true),
                    IsWinner = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestEntries_AspNetUsers_ApplicantId",
                        column: x => x.ApplicantId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestEntries_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ContestEntries_ContestNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "ContestNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestEntries_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ContestPanel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NominationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestPanel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestPanel_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestPanel_ContestNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "ContestNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoredName = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestAttachments_ContestEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ContestEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestConflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    JurorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestConflicts_AspNetUsers_JurorId",
                        column: x => x.JurorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestConflicts_ContestEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ContestEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExpertId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Strengths = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Weaknesses = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Recommendation = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestReviews_AspNetUsers_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestReviews_ContestEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ContestEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    JurorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Value = table.Column<double>(type: "float", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestScores_AspNetUsers_JurorId",
                        column: x => x.JurorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestScores_ContestCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "ContestCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestScores_ContestEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ContestEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    JurorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestSheets_AspNetUsers_JurorId",
                        column: x => x.JurorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestSheets_ContestEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ContestEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NominationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CastAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RemoteAddress = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestVotes_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestVotes_ContestEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ContestEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestVotes_ContestNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "ContestNominations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAttachments_EntryId",
                table: "ContestAttachments",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestConflicts_EntryId_JurorId",
                table: "ContestConflicts",
                columns: new[] { "EntryId", "JurorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestConflicts_JurorId",
                table: "ContestConflicts",
                column: "JurorId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestCriteria_NominationId",
                table: "ContestCriteria",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestEditions_Year",
                table: "ContestEditions",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestEntries_ApplicantId",
                table: "ContestEntries",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestEntries_CommunityId",
                table: "ContestEntries",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestEntries_IsWinner",
                table: "ContestEntries",
                column: "IsWinner");

            migrationBuilder.CreateIndex(
                name: "IX_ContestEntries_NominationId_Status",
                table: "ContestEntries",
                columns: new[] { "NominationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestEntries_OrganisationId",
                table: "ContestEntries",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestNominations_EditionId_Order",
                table: "ContestNominations",
                columns: new[] { "EditionId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestPanel_MemberId",
                table: "ContestPanel",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestPanel_NominationId_MemberId",
                table: "ContestPanel",
                columns: new[] { "NominationId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestReviews_EntryId_ExpertId",
                table: "ContestReviews",
                columns: new[] { "EntryId", "ExpertId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestReviews_ExpertId",
                table: "ContestReviews",
                column: "ExpertId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestScores_CriterionId",
                table: "ContestScores",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestScores_EntryId_JurorId_CriterionId",
                table: "ContestScores",
                columns: new[] { "EntryId", "JurorId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestScores_JurorId",
                table: "ContestScores",
                column: "JurorId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheets_EntryId_JurorId",
                table: "ContestSheets",
                columns: new[] { "EntryId", "JurorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestSheets_JurorId",
                table: "ContestSheets",
                column: "JurorId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestVotes_CastAt",
                table: "ContestVotes",
                column: "CastAt");

            migrationBuilder.CreateIndex(
                name: "IX_ContestVotes_EntryId",
                table: "ContestVotes",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestVotes_MemberId_EntryId",
                table: "ContestVotes",
                columns: new[] { "MemberId", "EntryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestVotes_NominationId_MemberId",
                table: "ContestVotes",
                columns: new[] { "NominationId", "MemberId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContestAttachments");

            migrationBuilder.DropTable(
                name: "ContestConflicts");

            migrationBuilder.DropTable(
                name: "ContestPanel");

            migrationBuilder.DropTable(
                name: "ContestReviews");

            migrationBuilder.DropTable(
                name: "ContestScores");

            migrationBuilder.DropTable(
                name: "ContestSheets");

            migrationBuilder.DropTable(
                name: "ContestVotes");

            migrationBuilder.DropTable(
                name: "ContestCriteria");

            migrationBuilder.DropTable(
                name: "ContestEntries");

            migrationBuilder.DropTable(
                name: "ContestNominations");

            migrationBuilder.DropTable(
                name: "ContestEditions");
        }
    }
}
