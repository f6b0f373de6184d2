using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NewsletterSegments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegionCode",
                table: "NewsletterSubscribers",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TrackingConsent",
                table: "NewsletterSubscribers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "TrackingConsentChangedAt",
                table: "NewsletterSubscribers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SegmentStored",
                table: "NewsletterIssues",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Clicks",
                table: "NewsletterDeliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "FirstClickedAt",
                table: "NewsletterDeliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FirstOpenedAt",
                table: "NewsletterDeliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Opens",
                table: "NewsletterDeliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Tracked",
                table: "NewsletterDeliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "NewsletterClicks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsletterClicks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsletterClicks_NewsletterDeliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "NewsletterDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NewsletterClicks_DeliveryId_LinkIndex",
                table: "NewsletterClicks",
                columns: new[] { "DeliveryId", "LinkIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsletterClicks_IssueId",
                table: "NewsletterClicks",
                column: "IssueId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NewsletterClicks");

            migrationBuilder.DropColumn(
                name: "RegionCode",
                table: "NewsletterSubscribers");

            migrationBuilder.DropColumn(
                name: "TrackingConsent",
                table: "NewsletterSubscribers");

            migrationBuilder.DropColumn(
                name: "TrackingConsentChangedAt",
                table: "NewsletterSubscribers");

            migrationBuilder.DropColumn(
                name: "SegmentStored",
                table: "NewsletterIssues");

            migrationBuilder.DropColumn(
                name: "Clicks",
                table: "NewsletterDeliveries");

            migrationBuilder.DropColumn(
                name: "FirstClickedAt",
                table: "NewsletterDeliveries");

            migrationBuilder.DropColumn(
                name: "FirstOpenedAt",
                table: "NewsletterDeliveries");

            migrationBuilder.DropColumn(
                name: "Opens",
                table: "NewsletterDeliveries");

            migrationBuilder.DropColumn(
                name: "Tracked",
                table: "NewsletterDeliveries");
        }
    }
}
