using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ClubConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClubConversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirstMemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SecondMemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastMessageAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FirstReadAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SecondReadAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClubConversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClubConversations_AspNetUsers_FirstMemberId",
                        column: x => x.FirstMemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClubConversations_AspNetUsers_SecondMemberId",
                        column: x => x.SecondMemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClubDirectMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClubDirectMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClubDirectMessages_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClubDirectMessages_ClubConversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "ClubConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClubConversations_FirstMemberId_SecondMemberId",
                table: "ClubConversations",
                columns: new[] { "FirstMemberId", "SecondMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClubConversations_SecondMemberId",
                table: "ClubConversations",
                column: "SecondMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ClubDirectMessages_AuthorId",
                table: "ClubDirectMessages",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ClubDirectMessages_ConversationId_SentAt",
                table: "ClubDirectMessages",
                columns: new[] { "ConversationId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClubDirectMessages");

            migrationBuilder.DropTable(
                name: "ClubConversations");
        }
    }
}
