using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

public sealed record CohortCard(Guid Id, string Name, CohortKind Kind, string CourseTitle, Guid CourseId, string? Trainer,
    DateOnly StartsOn, DateOnly EndsOn, bool Closed, int Learners, bool IsMine, bool IsTrainer, bool CanSelfEnrol);

public sealed record LearnerProgressRow(Guid LearnerId, string Name, string Email, int LessonsDone, int QuizzesPassed,
    int AttendanceDays, bool AttendedToday, Guid? CertificateId, string? CertificateNumber, string? CertificateCode, bool Revoked)
{
    public bool Complete(int lessons, int quizzes) => LessonsDone >= lessons && QuizzesPassed >= quizzes;
}

public sealed record CohortProgress(Cohort Cohort, string CourseTitle, string? Trainer, int Lessons, int Quizzes,
    IReadOnlyList<LearnerProgressRow> Learners, DateOnly Today, bool Closed = false)
{
    public int Completed => Learners.Count(l => l.Complete(Lessons, Quizzes));

    public int Certified => Learners.Count(l => l.CertificateId is not null && !l.Revoked);

    public int AveragePercent => Learners.Count == 0 || Lessons + Quizzes == 0 ? 0
        : (int)Learners.Average(l => 100.0 * (l.LessonsDone + l.QuizzesPassed) / (Lessons + Quizzes));
}

/// <summary>Cohorts: the list, joining, and the trainer's desk (progress, enrolment by e-mail, attendance, issuing, revoking).</summary>
public sealed class CohortDesk(IDbContextFactory<CollabDbContext> dbFactory, LearningAuthorisation authorisation, CertificateIssuer issuer,
    ICohortRooms rooms, TimeProvider clock)
{
    public async Task<IReadOnlyList<CohortCard>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId() ?? Guid.Empty;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var mine = (await db.Enrolments.Where(e => e.LearnerId == memberId).Select(e => e.CohortId).ToListAsync(cancellationToken)).ToHashSet();
        var rows = await (from c in db.Cohorts.AsNoTracking()
                          join course in db.Courses on c.CourseId equals course.Id
                          orderby c.StartsOn descending
                          select new
                          {
                              Cohort = c,
                              CourseTitle = course.Title,
                              Trainer = db.Users.Where(u => u.Id == c.TrainerId).Select(u => u.FullName).FirstOrDefault(),
                              Learners = db.Enrolments.Count(e => e.CohortId == c.Id),
                          }).ToListAsync(cancellationToken);
        return rows.Select(r => new CohortCard(r.Cohort.Id, r.Cohort.Name, r.Cohort.Kind, r.CourseTitle, r.Cohort.CourseId, r.Trainer,
            r.Cohort.StartsOn, r.Cohort.EndsOn, r.Cohort.IsClosed(now), r.Learners, mine.Contains(r.Cohort.Id), r.Cohort.TrainerId == memberId,
            memberId != Guid.Empty && !mine.Contains(r.Cohort.Id) && r.Cohort.CanEnrol(false, r.Learners, now).IsSuccess)).ToList();
    }

    public async Task<Result> EnrolSelfAsync(ClaimsPrincipal user, Guid cohortId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        return await EnrolAsync(memberId.Value, cohortId, null, cancellationToken);
    }

    public async Task<Result> EnrolByEmailAsync(ClaimsPrincipal user, Guid cohortId, string? email, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null) return CommonErrors.NotFound;
        var allowed = await authorisation.EnsureCanManageAsync(user, cohort, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        if (string.IsNullOrWhiteSpace(email)) return CommonErrors.Required("Email");
        var normalised = email.Trim().ToUpperInvariant();
        var learnerId = await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (learnerId is null) return LearningErrors.MemberNotFound;
        return await EnrolAsync(learnerId.Value, cohortId, user.MemberId(), cancellationToken);
    }

    private async Task<Result> EnrolAsync(Guid learnerId, Guid cohortId, Guid? byId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null) return CommonErrors.NotFound;
        if (await db.Enrolments.AnyAsync(e => e.CohortId == cohortId && e.LearnerId == learnerId, cancellationToken)) return LearningErrors.AlreadyEnrolled;
        var now = clock.GetUtcNow();
        var allowed = cohort.CanEnrol(byId is not null, await db.Enrolments.CountAsync(e => e.CohortId == cohortId, cancellationToken), now);
        if (!allowed.IsSuccess) return allowed;
        db.Enrolments.Add(Enrolment.Create(cohortId, learnerId, byId, now));
        // A learner in a cohort holds the module's Learner role, so the module's pages and counts show it.
        if (!await db.ModuleRoleGrants.AnyAsync(g => g.MemberId == learnerId && g.Module == ModuleKey.Learning && g.Role == ModuleRole.Learner, cancellationToken))
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(learnerId, ModuleKey.Learning, ModuleRole.Learner, byId, now).Value);
        db.AuditEntries.Add(AuditEntry.Record(byId ?? learnerId, ModuleKey.Learning, "learning.enrolled", $"cohort:{cohortId}", null, $"member:{learnerId}", now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return LearningErrors.AlreadyEnrolled;
        }
        await rooms.AddMemberAsync(cohortId, learnerId, cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// The cohort's discussion room in the expert club, made the first time someone of the cohort opens it: its learners,
    /// its trainer and the administrator who opens it are its members. Anyone else is refused.
    /// </summary>
    public async Task<Result<Guid>> DiscussionAsync(ClaimsPrincipal user, Guid cohortId, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null) return CommonErrors.NotFound;
        var learners = await db.Enrolments.Where(e => e.CohortId == cohortId).Select(e => e.LearnerId).ToListAsync(cancellationToken);
        if (!learners.Contains(memberId.Value) && !await authorisation.CanManageAsync(user, cohort, cancellationToken)) return CommonErrors.Forbidden;
        var courseTitle = await db.Courses.Where(c => c.Id == cohort.CourseId).Select(c => c.Title).SingleAsync(cancellationToken);
        var members = learners.Append(memberId.Value).Concat(cohort.TrainerId is { } trainer ? [trainer] : []).ToList();
        var dates = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{cohort.StartsOn:dd.MM.yyyy} – {cohort.EndsOn:dd.MM.yyyy}");
        return await rooms.EnsureAsync(new CohortRoomRequest(cohort.Id, $"{courseTitle} · {cohort.Name}", dates, memberId.Value, members), cancellationToken);
    }

    public async Task<Result<CohortProgress>> ProgressAsync(ClaimsPrincipal user, Guid cohortId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null) return CommonErrors.NotFound;
        var allowed = await authorisation.EnsureCanManageAsync(user, cohort, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        var courseTitle = await db.Courses.Where(c => c.Id == cohort.CourseId).Select(c => c.Title).SingleAsync(cancellationToken);
        var trainer = await db.Users.Where(u => u.Id == cohort.TrainerId).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken);
        var lessons = await db.Lessons.Where(l => l.CourseId == cohort.CourseId).Select(l => l.Id).ToListAsync(cancellationToken);
        var quizzes = await db.CourseQuizzes.Where(q => q.CourseId == cohort.CourseId).Select(q => q.Id).ToListAsync(cancellationToken);
        var learners = await (from e in db.Enrolments
                              join u in db.Users on e.LearnerId equals u.Id
                              where e.CohortId == cohortId
                              select new { u.Id, u.FullName, u.Email }).ToListAsync(cancellationToken);
        var ids = learners.Select(l => l.Id).ToList();
        var done = await db.LessonCompletions.Where(c => ids.Contains(c.LearnerId) && lessons.Contains(c.LessonId))
            .GroupBy(c => c.LearnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var passed = await db.QuizAttempts.Where(a => ids.Contains(a.LearnerId) && a.Passed && quizzes.Contains(a.QuizId))
            .Select(a => new { a.LearnerId, a.QuizId }).Distinct()
            .GroupBy(a => a.LearnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var attendance = await db.AttendanceMarks.Where(a => a.CohortId == cohortId).Select(a => new { a.LearnerId, a.Day }).ToListAsync(cancellationToken);
        var certificates = await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.LearnerId) && c.CourseId == cohort.CourseId && c.Kind == cohort.CertificateKind)
            .OrderByDescending(c => c.IssuedAt).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(PortalTime.ToKyiv(clock.GetUtcNow()).DateTime);
        var rows = learners.OrderBy(l => l.FullName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("uk-UA"), false)).Select(l =>
        {
            var certificate = certificates.FirstOrDefault(c => c.LearnerId == l.Id && !c.IsRevoked) ?? certificates.FirstOrDefault(c => c.LearnerId == l.Id);
            return new LearnerProgressRow(l.Id, l.FullName, l.Email ?? "", done.GetValueOrDefault(l.Id), passed.GetValueOrDefault(l.Id),
                attendance.Count(a => a.LearnerId == l.Id), attendance.Any(a => a.LearnerId == l.Id && a.Day == today),
                certificate?.Id, certificate?.Number, certificate?.Code, certificate?.IsRevoked ?? false);
        }).ToList();
        return new CohortProgress(cohort, courseTitle, trainer, lessons.Count, quizzes.Count, rows, today, cohort.IsClosed(clock.GetUtcNow()));
    }

    public async Task<Result> MarkAttendanceAsync(ClaimsPrincipal user, Guid cohortId, Guid learnerId, DateOnly day, bool present, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null) return CommonErrors.NotFound;
        var allowed = await authorisation.EnsureCanManageAsync(user, cohort, cancellationToken);
        if (!allowed.IsSuccess) return allowed;
        if (!cohort.IsTrainerLed) return LearningErrors.NotTrainerLed;
        if (!await db.Enrolments.AnyAsync(e => e.CohortId == cohortId && e.LearnerId == learnerId, cancellationToken)) return LearningErrors.NotEnrolled;
        var mark = await db.AttendanceMarks.SingleOrDefaultAsync(a => a.CohortId == cohortId && a.LearnerId == learnerId && a.Day == day, cancellationToken);
        if (present && mark is null) db.AttendanceMarks.Add(AttendanceMark.Create(cohortId, learnerId, day, user.MemberId()!.Value));
        else if (!present && mark is not null) db.AttendanceMarks.Remove(mark);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>A trainer issues the certificate in a trainer-led cohort (attendance is the trainer's judgement, not the online course's).</summary>
    public async Task<Result<Certificate>> IssueAsync(ClaimsPrincipal user, Guid cohortId, Guid learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null) return CommonErrors.NotFound;
        var allowed = await authorisation.EnsureCanManageAsync(user, cohort, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        if (!cohort.IsTrainerLed) return LearningErrors.NotTrainerLed;
        if (!await db.Enrolments.AnyAsync(e => e.CohortId == cohortId && e.LearnerId == learnerId, cancellationToken)) return LearningErrors.NotEnrolled;
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == cohort.CourseId, cancellationToken);
        return await issuer.IssueAsync(db, learnerId, course, cohort, user.MemberId(), cancellationToken);
    }

    public async Task<Result> RevokeAsync(ClaimsPrincipal user, Guid certificateId, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null) return CommonErrors.NotFound;
        var cohort = certificate.CohortId is null ? null : await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificate.CohortId, cancellationToken);
        var allowed = cohort is null ? await authorisation.IsAdministratorAsync(user, cancellationToken) : await authorisation.CanManageAsync(user, cohort, cancellationToken);
        if (!allowed) return CommonErrors.Forbidden;
        var now = clock.GetUtcNow();
        var revoked = certificate.Revoke(reason, now);
        if (!revoked.IsSuccess) return revoked;
        db.AuditEntries.Add(AuditEntry.Record(user.MemberId(), ModuleKey.Learning, "learning.certificate.revoked", $"certificate:{certificate.Id}",
            certificate.Number, certificate.RevocationReason, now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
