using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EntryFormAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxAttachments",
                table: "ContestNominations",
                type: "int",
                nullable: false,
                // Existing nominations keep what they allowed before the limit became theirs (AttachmentRules.MaxPerEntry).
                defaultValue: 5);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MaxAttachments",
                table: "ContestNominations");
        }
    }
}
