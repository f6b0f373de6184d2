using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ContestAssignmentsAndEntryForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContestAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NominationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false),
                    Automatic = table.Column<bool>(type: "bit", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestAssignments_AspNetUsers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestAssignments_ContestEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ContestEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestAssignments_ContestNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "ContestNominations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ContestEntryFields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NominationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LabelUk = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LabelEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Required = table.Column<bool>(type: "bit", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Choices = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestEntryFields", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestEntryFields_ContestNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "ContestNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContestEntryAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FieldId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestEntryAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestEntryAnswers_ContestEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ContestEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContestEntryAnswers_ContestEntryFields_FieldId",
                        column: x => x.FieldId,
                        principalTable: "ContestEntryFields",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAssignments_EntryId_ReviewerId",
                table: "ContestAssignments",
                columns: new[] { "EntryId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestAssignments_NominationId_Role",
                table: "ContestAssignments",
                columns: new[] { "NominationId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestAssignments_ReviewerId",
                table: "ContestAssignments",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestEntryAnswers_EntryId_FieldId",
                table: "ContestEntryAnswers",
                columns: new[] { "EntryId", "FieldId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContestEntryAnswers_FieldId",
                table: "ContestEntryAnswers",
                column: "FieldId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestEntryFields_NominationId_Order",
                table: "ContestEntryFields",
                columns: new[] { "NominationId", "Order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContestAssignments");

            migrationBuilder.DropTable(
                name: "ContestEntryAnswers");

            migrationBuilder.DropTable(
                name: "ContestEntryFields");
        }
    }
}
