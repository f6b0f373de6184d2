using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReadinessDeadlinesClubWatchesAndFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Deadline",
                table: "ReadinessCampaigns",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeadlineReminderSentAt",
                table: "ReadinessCampaigns",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClubMessageFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TopicId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    FlaggedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ResolvedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClubMessageFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClubMessageFlags_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClubMessageFlags_ClubMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "ClubMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClubWatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DigestedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClubWatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClubWatches_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Recent",
                table: "SearchDocuments",
                columns: new[] { "Audience", "Page", "Updated" });

            migrationBuilder.CreateIndex(
                name: "IX_ClubMessageFlags_MemberId",
                table: "ClubMessageFlags",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ClubMessageFlags_MessageId_MemberId",
                table: "ClubMessageFlags",
                columns: new[] { "MessageId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClubMessageFlags_ResolvedAt",
                table: "ClubMessageFlags",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ClubWatches_MemberId_Kind_TargetId",
                table: "ClubWatches",
                columns: new[] { "MemberId", "Kind", "TargetId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClubMessageFlags");

            migrationBuilder.DropTable(
                name: "ClubWatches");

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_Recent",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "Deadline",
                table: "ReadinessCampaigns");

            migrationBuilder.DropColumn(
                name: "DeadlineReminderSentAt",
                table: "ReadinessCampaigns");
        }
    }
}
