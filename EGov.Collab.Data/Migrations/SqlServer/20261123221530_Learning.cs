using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Learning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearningCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Prefix = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HolderName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    HolderNameLatin = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    CourseTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CourseTitleEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<int>(type: "int", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    IssuerEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Signatories = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    IssuedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RevocationReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningCertificates_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Hours = table.Column<int>(type: "int", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    IssuerEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Signatories = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CertificatePrefix = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    IsPublished = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCourses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningCohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TrainerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RegionCode = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: true),
                    SelfEnrolment = table.Column<bool>(type: "bit", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCohorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningCohorts_AspNetUsers_TrainerId",
                        column: x => x.TrainerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LearningCohorts_LearningCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "LearningCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningSections_LearningCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "LearningCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    MarkedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningAttendance_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearningAttendance_LearningCohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "LearningCohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningCertificateBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Culture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Done = table.Column<int>(type: "int", nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCertificateBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningCertificateBatches_LearningCohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "LearningCohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningEnrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EnrolledById = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningEnrolments_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearningEnrolments_LearningCohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "LearningCohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningLessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    VideoUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Attachments = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Minutes = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningLessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningLessons_LearningCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "LearningCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearningLessons_LearningSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "LearningSections",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "LearningQuizzes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PassMarkPercent = table.Column<int>(type: "int", nullable: false),
                    AttemptLimit = table.Column<int>(type: "int", nullable: false),
                    ShuffleQuestions = table.Column<bool>(type: "bit", nullable: false),
                    ShuffleOptions = table.Column<bool>(type: "bit", nullable: false),
                    QuestionsJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningQuizzes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningQuizzes_LearningCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "LearningCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearningQuizzes_LearningSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "LearningSections",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "LearningLessonCompletions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LessonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningLessonCompletions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningLessonCompletions_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearningLessonCompletions_LearningLessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "LearningLessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningQuizAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuizId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Correct = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Percent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningQuizAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningQuizAttempts_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearningQuizAttempts_LearningQuizzes_QuizId",
                        column: x => x.QuizId,
                        principalTable: "LearningQuizzes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearningAttendance_CohortId_LearnerId_Day",
                table: "LearningAttendance",
                columns: new[] { "CohortId", "LearnerId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningAttendance_LearnerId",
                table: "LearningAttendance",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCertificateBatches_CohortId_RequestedAt",
                table: "LearningCertificateBatches",
                columns: new[] { "CohortId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningCertificates_Code",
                table: "LearningCertificates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningCertificates_CohortId",
                table: "LearningCertificates",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCertificates_LearnerId_CourseId_Kind",
                table: "LearningCertificates",
                columns: new[] { "LearnerId", "CourseId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningCertificates_Prefix_Year_Sequence",
                table: "LearningCertificates",
                columns: new[] { "Prefix", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningCohorts_CourseId",
                table: "LearningCohorts",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCohorts_TrainerId",
                table: "LearningCohorts",
                column: "TrainerId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourses_Title",
                table: "LearningCourses",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_CohortId_LearnerId",
                table: "LearningEnrolments",
                columns: new[] { "CohortId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_LearnerId",
                table: "LearningEnrolments",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessonCompletions_LearnerId_LessonId",
                table: "LearningLessonCompletions",
                columns: new[] { "LearnerId", "LessonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessonCompletions_LessonId",
                table: "LearningLessonCompletions",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessons_CourseId_Order",
                table: "LearningLessons",
                columns: new[] { "CourseId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessons_SectionId",
                table: "LearningLessons",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuizAttempts_LearnerId_QuizId_Number",
                table: "LearningQuizAttempts",
                columns: new[] { "LearnerId", "QuizId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuizAttempts_QuizId",
                table: "LearningQuizAttempts",
                column: "QuizId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuizzes_CourseId_Order",
                table: "LearningQuizzes",
                columns: new[] { "CourseId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuizzes_SectionId",
                table: "LearningQuizzes",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningSections_CourseId_Order",
                table: "LearningSections",
                columns: new[] { "CourseId", "Order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearningAttendance");

            migrationBuilder.DropTable(
                name: "LearningCertificateBatches");

            migrationBuilder.DropTable(
                name: "LearningCertificates");

            migrationBuilder.DropTable(
                name: "LearningEnrolments");

            migrationBuilder.DropTable(
                name: "LearningLessonCompletions");

            migrationBuilder.DropTable(
                name: "LearningQuizAttempts");

            migrationBuilder.DropTable(
                name: "LearningCohorts");

            migrationBuilder.DropTable(
                name: "LearningLessons");

            migrationBuilder.DropTable(
                name: "LearningQuizzes");

            migrationBuilder.DropTable(
                name: "LearningSections");

            migrationBuilder.DropTable(
                name: "LearningCourses");
        }
    }
}
