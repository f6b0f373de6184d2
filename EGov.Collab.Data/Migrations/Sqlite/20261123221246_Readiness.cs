using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameUk = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResultsPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessMethodologies",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessMethodologies", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessQuestionnaires",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RespondentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VerifiedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    QuestionnaireId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    EvidenceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    QuestionnaireId = table.Column<Guid>(type: "TEXT", nullable: false)
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
