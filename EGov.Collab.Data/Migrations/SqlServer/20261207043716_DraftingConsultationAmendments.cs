using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DraftingConsultationAmendments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AmendmentDeadline",
                table: "Drafts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AmendmentReminderSentAt",
                table: "Drafts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Amendments",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_Drafts_AmendmentDeadline",
                table: "Drafts",
                column: "AmendmentDeadline");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Drafts_AmendmentDeadline",
                table: "Drafts");

            migrationBuilder.DropColumn(
                name: "AmendmentDeadline",
                table: "Drafts");

            migrationBuilder.DropColumn(
                name: "AmendmentReminderSentAt",
                table: "Drafts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Amendments");
        }
    }
}
