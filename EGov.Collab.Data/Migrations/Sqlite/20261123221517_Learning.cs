using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Collab.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    HolderNameLatin = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    CourseTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CourseTitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuerEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Signatories = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IssuedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuerEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Signatories = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CertificatePrefix = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCourses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningCohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TrainerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    SelfEnrolment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MarkedById = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EnrolledById = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    VideoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Attachments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PassMarkPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    AttemptLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    ShuffleQuestions = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShuffleOptions = table.Column<bool>(type: "INTEGER", nullable: false),
                    QuestionsJson = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuizId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Correct = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
