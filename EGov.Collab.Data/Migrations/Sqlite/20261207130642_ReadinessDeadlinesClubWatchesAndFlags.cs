using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadinessDeadlinesClubWatchesAndFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Deadline",
                table: "ReadinessCampaigns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeadlineReminderSentAt",
                table: "ReadinessCampaigns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClubMessageFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FlaggedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedById = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DigestedUntil = table.Column<long>(type: "INTEGER", nullable: false)
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
