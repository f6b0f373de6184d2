using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProjectListings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleUk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DescriptionUk = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DevelopmentStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    Maintenance = table.Column<int>(type: "INTEGER", nullable: true),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RepositoryUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PlatformList = table.Column<string>(type: "TEXT", maxLength: 732, nullable: false),
                    CategoryList = table.Column<string>(type: "TEXT", maxLength: 732, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    BudgetMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    BudgetMax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Levels = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionList = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    ReadinessList = table.Column<string>(type: "TEXT", maxLength: 144, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ModerationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ModeratedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectListings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectListings_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectListings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProjectAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectAttachments_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectEndorsements",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectEndorsements", x => new { x.ListingId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_ProjectEndorsements_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectEndorsements_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectEndorsements_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectFollows",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectFollows", x => new { x.ListingId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_ProjectFollows_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectFollows_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectInterests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectInterests_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectInterests_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectViewDays",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectViewDays", x => new { x.ListingId, x.Day });
                    table.ForeignKey(
                        name: "FK_ProjectViewDays_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectInterestMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectInterestMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectInterestMessages_ProjectInterests_InterestId",
                        column: x => x.InterestId,
                        principalTable: "ProjectInterests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAttachments_ListingId_DocumentId",
                table: "ProjectAttachments",
                columns: new[] { "ListingId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectEndorsements_MemberId",
                table: "ProjectEndorsements",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectEndorsements_OrganisationId",
                table: "ProjectEndorsements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFollows_MemberId",
                table: "ProjectFollows",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectInterestMessages_InterestId_CreatedAt",
                table: "ProjectInterestMessages",
                columns: new[] { "InterestId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectInterests_ListingId_MemberId",
                table: "ProjectInterests",
                columns: new[] { "ListingId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectInterests_MemberId",
                table: "ProjectInterests",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectListings_AuthorId_UpdatedAt",
                table: "ProjectListings",
                columns: new[] { "AuthorId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectListings_OrganisationId",
                table: "ProjectListings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectListings_Status_ExpiresAt",
                table: "ProjectListings",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectListings_Status_PublishedAt",
                table: "ProjectListings",
                columns: new[] { "Status", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectAttachments");

            migrationBuilder.DropTable(
                name: "ProjectEndorsements");

            migrationBuilder.DropTable(
                name: "ProjectFollows");

            migrationBuilder.DropTable(
                name: "ProjectInterestMessages");

            migrationBuilder.DropTable(
                name: "ProjectViewDays");

            migrationBuilder.DropTable(
                name: "ProjectInterests");

            migrationBuilder.DropTable(
                name: "ProjectListings");
        }
    }
}
