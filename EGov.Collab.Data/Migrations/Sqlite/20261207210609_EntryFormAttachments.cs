using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
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
                type: "INTEGER",
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
