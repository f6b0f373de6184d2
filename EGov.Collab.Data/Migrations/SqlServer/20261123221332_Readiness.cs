using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Readiness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReadinessBodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NameUk = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Group = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadinessBodies_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReadinessBodies_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ResultsPublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessMethodologies",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    Definition = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessMethodologies", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessQuestionnaires",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    BodyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RespondentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VerifiedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReturnCount = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessQuestionnaires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadinessQuestionnaires_AspNetUsers_RespondentId",
                        column: x => x.RespondentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReadinessQuestionnaires_ReadinessBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "ReadinessBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessAnswers",
                columns: table => new
                {
                    IndicatorCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    QuestionnaireId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: true),
                    EvidenceUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SavedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessAnswers", x => new { x.QuestionnaireId, x.IndicatorCode });
                    table.ForeignKey(
                        name: "FK_ReadinessAnswers_ReadinessQuestionnaires_QuestionnaireId",
                        column: x => x.QuestionnaireId,
                        principalTable: "ReadinessQuestionnaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessReviewComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IndicatorCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Round = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    QuestionnaireId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessReviewComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadinessReviewComments_ReadinessQuestionnaires_QuestionnaireId",
                        column: x => x.QuestionnaireId,
                        principalTable: "ReadinessQuestionnaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessBodies_CommunityId",
                table: "ReadinessBodies",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessBodies_OrganisationId",
                table: "ReadinessBodies",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessCampaigns_Year",
                table: "ReadinessCampaigns",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessQuestionnaires_BodyId",
                table: "ReadinessQuestionnaires",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessQuestionnaires_RespondentId",
                table: "ReadinessQuestionnaires",
                column: "RespondentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessQuestionnaires_Year_BodyId",
                table: "ReadinessQuestionnaires",
                columns: new[] { "Year", "BodyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessReviewComments_QuestionnaireId",
                table: "ReadinessReviewComments",
                column: "QuestionnaireId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReadinessAnswers");

            migrationBuilder.DropTable(
                name: "ReadinessCampaigns");

            migrationBuilder.DropTable(
                name: "ReadinessMethodologies");

            migrationBuilder.DropTable(
                name: "ReadinessReviewComments");

            migrationBuilder.DropTable(
                name: "ReadinessQuestionnaires");

            migrationBuilder.DropTable(
                name: "ReadinessBodies");
        }
    }
}
