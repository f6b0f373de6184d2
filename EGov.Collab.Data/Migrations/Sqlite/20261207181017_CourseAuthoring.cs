using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CourseAuthoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DrawCount",
                table: "LearningQuizzes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "QuestionIds",
                table: "LearningQuizAttempts",
                type: "TEXT",
                maxLength: 7400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BodySource",
                table: "LearningLessons",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "AuthorId",
                table: "LearningCourses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "LearningCohorts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourses_AuthorId",
                table: "LearningCourses",
                column: "AuthorId");

            migrationBuilder.AddForeignKey(
                name: "FK_LearningCourses_AspNetUsers_AuthorId",
                table: "LearningCourses",
                column: "AuthorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LearningCourses_AspNetUsers_AuthorId",
                table: "LearningCourses");

            migrationBuilder.DropIndex(
                name: "IX_LearningCourses_AuthorId",
                table: "LearningCourses");

            migrationBuilder.DropColumn(
                name: "DrawCount",
                table: "LearningQuizzes");

            migrationBuilder.DropColumn(
                name: "QuestionIds",
                table: "LearningQuizAttempts");

            migrationBuilder.DropColumn(
                name: "BodySource",
                table: "LearningLessons");

            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "LearningCourses");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "LearningCohorts");
        }
    }
}
