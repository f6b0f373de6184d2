using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Direction = table.Column<int>(type: "int", nullable: false),
                    TitleUk = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DescriptionUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    DevelopmentStatus = table.Column<int>(type: "int", nullable: true),
                    Maintenance = table.Column<int>(type: "int", nullable: true),
                    Licence = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RepositoryUrl = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    PlatformList = table.Column<string>(type: "nvarchar(732)", maxLength: 732, nullable: false),
                    CategoryList = table.Column<string>(type: "nvarchar(732)", maxLength: 732, nullable: false),
                    ContactName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    BudgetMin = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    BudgetMax = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Levels = table.Column<int>(type: "int", nullable: false),
                    RegionList = table.Column<string>(type: "nvarchar(240)", maxLength: 240, nullable: false),
                    ReadinessList = table.Column<string>(type: "nvarchar(144)", maxLength: 144, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ModerationReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ModeratedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Message = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InterestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
