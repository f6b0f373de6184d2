using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CohortRoomsAndQuizReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Review",
                table: "LearningQuizzes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "CohortId",
                table: "ClubRooms",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClubRooms_CohortId",
                table: "ClubRooms",
                column: "CohortId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClubRooms_CohortId",
                table: "ClubRooms");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "LearningQuizzes");

            migrationBuilder.DropColumn(
                name: "CohortId",
                table: "ClubRooms");
        }
    }
}
