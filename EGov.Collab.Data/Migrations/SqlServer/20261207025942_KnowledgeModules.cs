using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class KnowledgeModules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CityCertifiedStaffConsents",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityCertifiedStaffConsents", x => x.MemberId);
                    table.ForeignKey(
                        name: "FK_CityCertifiedStaffConsents_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CityManagers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GrantedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityManagers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CityManagers_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CityManagers_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CityNews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityNews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CityNews_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CityNews_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CityOrganisations",
                columns: table => new
                {
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityOrganisations", x => new { x.CommunityId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_CityOrganisations_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CityOrganisations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CityProfiles",
                columns: table => new
                {
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Population = table.Column<int>(type: "int", nullable: true),
                    Website = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    About = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CoatOfArmsDocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityProfiles", x => x.CommunityId);
                    table.ForeignKey(
                        name: "FK_CityProfiles_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryCollections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    NameUk = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DescriptionUk = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryCollections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyActs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Identifier = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdopterName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    LostForceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OfficialUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    TagList = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyActs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyExamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: true),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Url = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyExamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DraftKind = table.Column<int>(type: "int", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    CurrentVersion = table.Column<int>(type: "int", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PracticeClassifier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Scheme = table.Column<int>(type: "int", nullable: false),
                    Notation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LabelUk = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LabelEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BroaderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeClassifier", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeClassifier_PracticeClassifier_BroaderId",
                        column: x => x.BroaderId,
                        principalTable: "PracticeClassifier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    TitleUk = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ProblemUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ProblemEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    SolutionUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    SolutionEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ImplementationUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ImplementationEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ResourcesUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ResourcesEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    LessonsUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    LessonsEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    TransferabilityUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    TransferabilityEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Contacts = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CostUah = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RegionCode = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ImplementedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReadinessCodeList = table.Column<string>(type: "nvarchar(420)", maxLength: 420, nullable: false),
                    IsProven = table.Column<bool>(type: "bit", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ContestEntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    JuryScore = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Practices_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Practices_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Practices_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectListings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Direction = table.Column<int>(type: "int", nullable: false),
                    TitleUk = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DescriptionUk = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    DevelopmentStatus = table.Column<int>(type: "int", nullable: true),
                    Maintenance = table.Column<int>(type: "int", nullable: true),
                    Licence = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RepositoryUrl = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    PlatformList = table.Column<string>(type: "nvarchar(732)", maxLength: 732, nullable: false),
                    CategoryList = table.Column<string>(type: "nvarchar(732)", maxLength: 732, nullable: false),
                    ContactName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    BudgetMin = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    BudgetMax = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Levels = table.Column<int>(type: "int", nullable: false),
                    RegionList = table.Column<string>(type: "nvarchar(240)", maxLength: 240, nullable: false),
                    ReadinessList = table.Column<string>(type: "nvarchar(144)", maxLength: 144, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ModerationReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ModeratedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectListings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectListings_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectListings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LibraryItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CollectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmitterId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    IdentifierYear = table.Column<int>(type: "int", nullable: true),
                    IdentifierNumber = table.Column<int>(type: "int", nullable: true),
                    TitleUk = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AlternativeTitle = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AbstractUk = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false),
                    AbstractEn = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false),
                    Publisher = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DateIssued = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Relation = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CoverageCommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LicenceUri = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EmbargoUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryItems_AspNetUsers_SubmitterId",
                        column: x => x.SubmitterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LibraryItems_Communities_CoverageCommunityId",
                        column: x => x.CoverageCommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LibraryItems_LibraryCollections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "LibraryCollections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyActEditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EditionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 200000, nullable: false),
                    OfficialUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyActEditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodologyActEditions_MethodologyActs_ActId",
                        column: x => x.ActId,
                        principalTable: "MethodologyActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyActLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyActLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodologyActLinks_MethodologyActs_SourceId",
                        column: x => x.SourceId,
                        principalTable: "MethodologyActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MethodologyActLinks_MethodologyActs_TargetId",
                        column: x => x.TargetId,
                        principalTable: "MethodologyActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyCitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    CitingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SeenState = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    FlaggedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodologyCitations_MethodologyActs_ActId",
                        column: x => x.ActId,
                        principalTable: "MethodologyActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyTemplateDrafts",
                columns: table => new
                {
                    DraftId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    PlaceholderValues = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyTemplateDrafts", x => x.DraftId);
                    table.ForeignKey(
                        name: "FK_MethodologyTemplateDrafts_Drafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "Drafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MethodologyTemplateDrafts_MethodologyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "MethodologyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MethodologyTemplateVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Structure = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologyTemplateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodologyTemplateVersions_MethodologyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "MethodologyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeAttachments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeConcepts",
                columns: table => new
                {
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConceptId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeConcepts", x => new { x.PracticeId, x.ConceptId });
                    table.ForeignKey(
                        name: "FK_PracticeConcepts_PracticeClassifier_ConceptId",
                        column: x => x.ConceptId,
                        principalTable: "PracticeClassifier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeConcepts_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeReplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    NotesUk = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    NotesEn = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReplicatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeReplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeReplications_AspNetUsers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeReplications_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeReplications_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeReplications_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeReviews_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PracticeReviews_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectAttachments_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectEndorsements",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectEndorsements", x => new { x.ListingId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_ProjectEndorsements_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectEndorsements_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectEndorsements_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectFollows",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectFollows", x => new { x.ListingId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_ProjectFollows_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectFollows_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectInterests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Message = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectInterests_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectInterests_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectViewDays",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectViewDays", x => new { x.ListingId, x.Day });
                    table.ForeignKey(
                        name: "FK_ProjectViewDays_ProjectListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ProjectListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryAgents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryAgents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryAgents_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    AddedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryFiles_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibrarySubjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibrarySubjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibrarySubjects_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryUsageEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    VisitorKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryUsageEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryUsageEvents_LibraryItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LibraryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectInterestMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InterestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectInterestMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectInterestMessages_ProjectInterests_InterestId",
                        column: x => x.InterestId,
                        principalTable: "ProjectInterests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CityManagers_CommunityId_MemberId",
                table: "CityManagers",
                columns: new[] { "CommunityId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CityManagers_MemberId",
                table: "CityManagers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CityNews_AuthorId",
                table: "CityNews",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CityNews_CommunityId_PublishedAt",
                table: "CityNews",
                columns: new[] { "CommunityId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CityNews_PublishedAt",
                table: "CityNews",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CityOrganisations_OrganisationId",
                table: "CityOrganisations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryAgents_ItemId_Position",
                table: "LibraryAgents",
                columns: new[] { "ItemId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryAgents_Name",
                table: "LibraryAgents",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCollections_Slug",
                table: "LibraryCollections",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryFiles_DocumentId",
                table: "LibraryFiles",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryFiles_ItemId_Number",
                table: "LibraryFiles",
                columns: new[] { "ItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_CollectionId",
                table: "LibraryItems",
                column: "CollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_CoverageCommunityId",
                table: "LibraryItems",
                column: "CoverageCommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_IdentifierYear_IdentifierNumber",
                table: "LibraryItems",
                columns: new[] { "IdentifierYear", "IdentifierNumber" },
                unique: true,
                filter: "[IdentifierYear] IS NOT NULL AND [IdentifierNumber] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_Status_PublishedAt",
                table: "LibraryItems",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_SubmitterId_SubmittedAt",
                table: "LibraryItems",
                columns: new[] { "SubmitterId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryItems_UpdatedAt",
                table: "LibraryItems",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LibrarySubjects_ItemId_Position",
                table: "LibrarySubjects",
                columns: new[] { "ItemId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_LibrarySubjects_Value",
                table: "LibrarySubjects",
                column: "Value");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryUsageEvents_ItemId_At",
                table: "LibraryUsageEvents",
                columns: new[] { "ItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryUsageEvents_ItemId_Kind_VisitorKey_At",
                table: "LibraryUsageEvents",
                columns: new[] { "ItemId", "Kind", "VisitorKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActEditions_ActId_EditionDate",
                table: "MethodologyActEditions",
                columns: new[] { "ActId", "EditionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActLinks_SourceId_TargetId_Type",
                table: "MethodologyActLinks",
                columns: new[] { "SourceId", "TargetId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActLinks_TargetId",
                table: "MethodologyActLinks",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActs_AdoptedOn",
                table: "MethodologyActs",
                column: "AdoptedOn");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyActs_Identifier",
                table: "MethodologyActs",
                column: "Identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyCitations_ActId",
                table: "MethodologyCitations",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyCitations_Kind_CitingId_ActId",
                table: "MethodologyCitations",
                columns: new[] { "Kind", "CitingId", "ActId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyExamples_CommunityId",
                table: "MethodologyExamples",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyExamples_Level_Year",
                table: "MethodologyExamples",
                columns: new[] { "Level", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyTemplateDrafts_TemplateId",
                table: "MethodologyTemplateDrafts",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologyTemplateVersions_TemplateId_Number",
                table: "MethodologyTemplateVersions",
                columns: new[] { "TemplateId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAttachments_PracticeId_DocumentId",
                table: "PracticeAttachments",
                columns: new[] { "PracticeId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeClassifier_BroaderId",
                table: "PracticeClassifier",
                column: "BroaderId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeClassifier_Scheme_Notation",
                table: "PracticeClassifier",
                columns: new[] { "Scheme", "Notation" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeConcepts_ConceptId",
                table: "PracticeConcepts",
                column: "ConceptId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReplications_CommunityId",
                table: "PracticeReplications",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReplications_OrganisationId",
                table: "PracticeReplications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReplications_PracticeId_CommunityId",
                table: "PracticeReplications",
                columns: new[] { "PracticeId", "CommunityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReplications_RecordedBy",
                table: "PracticeReplications",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReviews_AuthorId",
                table: "PracticeReviews",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeReviews_PracticeId_At",
                table: "PracticeReviews",
                columns: new[] { "PracticeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Practices_AuthorId",
                table: "Practices",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_CommunityId",
                table: "Practices",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_ContestEntryId",
                table: "Practices",
                column: "ContestEntryId",
                unique: true,
                filter: "[ContestEntryId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_OrganisationId",
                table: "Practices",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Practices_Status_PublishedAt",
                table: "Practices",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAttachments_ListingId_DocumentId",
                table: "ProjectAttachments",
                columns: new[] { "ListingId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectEndorsements_MemberId",
                table: "ProjectEndorsements",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectEndorsements_OrganisationId",
                table: "ProjectEndorsements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFollows_MemberId",
                table: "ProjectFollows",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectInterestMessages_InterestId_CreatedAt",
                table: "ProjectInterestMessages",
                columns: new[] { "InterestId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectInterests_ListingId_MemberId",
                table: "ProjectInterests",
                columns: new[] { "ListingId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectInterests_MemberId",
                table: "ProjectInterests",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectListings_AuthorId_UpdatedAt",
                table: "ProjectListings",
                columns: new[] { "AuthorId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectListings_OrganisationId",
                table: "ProjectListings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectListings_Status_ExpiresAt",
                table: "ProjectListings",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectListings_Status_PublishedAt",
                table: "ProjectListings",
                columns: new[] { "Status", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CityCertifiedStaffConsents");

            migrationBuilder.DropTable(
                name: "CityManagers");

            migrationBuilder.DropTable(
                name: "CityNews");

            migrationBuilder.DropTable(
                name: "CityOrganisations");

            migrationBuilder.DropTable(
                name: "CityProfiles");

            migrationBuilder.DropTable(
                name: "LibraryAgents");

            migrationBuilder.DropTable(
                name: "LibraryFiles");

            migrationBuilder.DropTable(
                name: "LibrarySubjects");

            migrationBuilder.DropTable(
                name: "LibraryUsageEvents");

            migrationBuilder.DropTable(
                name: "MethodologyActEditions");

            migrationBuilder.DropTable(
                name: "MethodologyActLinks");

            migrationBuilder.DropTable(
                name: "MethodologyCitations");

            migrationBuilder.DropTable(
                name: "MethodologyExamples");

            migrationBuilder.DropTable(
                name: "MethodologyTemplateDrafts");

            migrationBuilder.DropTable(
                name: "MethodologyTemplateVersions");

            migrationBuilder.DropTable(
                name: "PracticeAttachments");

            migrationBuilder.DropTable(
                name: "PracticeConcepts");

            migrationBuilder.DropTable(
                name: "PracticeReplications");

            migrationBuilder.DropTable(
                name: "PracticeReviews");

            migrationBuilder.DropTable(
                name: "ProjectAttachments");

            migrationBuilder.DropTable(
                name: "ProjectEndorsements");

            migrationBuilder.DropTable(
                name: "ProjectFollows");

            migrationBuilder.DropTable(
                name: "ProjectInterestMessages");

            migrationBuilder.DropTable(
                name: "ProjectViewDays");

            migrationBuilder.DropTable(
                name: "LibraryItems");

            migrationBuilder.DropTable(
                name: "MethodologyActs");

            migrationBuilder.DropTable(
                name: "MethodologyTemplates");

            migrationBuilder.DropTable(
                name: "PracticeClassifier");

            migrationBuilder.DropTable(
                name: "Practices");

            migrationBuilder.DropTable(
                name: "ProjectInterests");

            migrationBuilder.DropTable(
                name: "LibraryCollections");

            migrationBuilder.DropTable(
                name: "ProjectListings");
        }
    }
}
