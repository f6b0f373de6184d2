using EGov.Collab.App.Common;
using EGov.Collab.App.Notifications;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

/// <summary>
/// Issues a certificate: the holder's name from the profile (in Ukrainian and in Latin letters), the next number in
/// the prefix and year, a fresh unguessable code, and an audit entry in the same save. A learner holds at most one
/// valid certificate of a kind per course; after a revocation a new one may be issued.
/// </summary>
public sealed class CertificateIssuer(INotifier notifier, TimeProvider clock, ILogger<CertificateIssuer> logger)
{
    public async Task<Result<Certificate>> IssueAsync(CollabDbContext db, Guid learnerId, Course course, Cohort? cohort,
        Guid? issuedById, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(course);
        var kind = cohort?.CertificateKind ?? CertificateKind.CourseCompletion;
        if (await db.Certificates.AnyAsync(c => c.LearnerId == learnerId && c.CourseId == course.Id && c.Kind == kind && c.RevokedAt == null, cancellationToken))
            return LearningErrors.AlreadyCertified;
        var fullName = await db.Users.Where(u => u.Id == learnerId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken);
        if (fullName is null) return LearningErrors.MemberNotFound;
        var holder = HolderName.Create(fullName);
        if (!holder.IsSuccess) return holder.Error!;

        var now = clock.GetUtcNow();
        var issuedOn = DateOnly.FromDateTime(PortalTime.ToKyiv(now).DateTime);
        var prefix = Certificate.PrefixFor(course, kind);
        // Two issues at once may pick the same sequence: the unique (prefix, year, sequence) index refuses the second, which tries again.
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.Certificates.Where(c => c.Prefix == prefix && c.Year == issuedOn.Year).MaxAsync(c => (int?)c.Sequence, cancellationToken) ?? 0;
            var number = CertificateNumber.Create(prefix, issuedOn.Year, last + 1);
            if (!number.IsSuccess) return number.Error!;
            var certificate = Certificate.Issue(number.Value, VerificationCode.New(), kind, learnerId, holder.Value, course, cohort?.Id, issuedOn, issuedById, now);
            db.Certificates.Add(certificate);
            var audit = AuditEntry.Record(issuedById ?? learnerId, ModuleKey.Learning, "learning.certificate.granted",
                $"certificate:{certificate.Id}", null, $"{certificate.Number} {certificate.HolderName} — {course.Title}", now);
            db.AuditEntries.Add(audit);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await notifier.NotifyAsync(learnerId, NotificationTypes.LearningCertificateIssued, [course.Title, certificate.Number],
                    "/learning/certificates", cancellationToken: cancellationToken);
                return certificate;
            }
            catch (DbUpdateException exception) when (attempt < 5)
            {
                logger.LogInformation(exception, "Certificate number {Number} was taken; trying the next.", certificate.Number);
                db.Entry(certificate).State = EntityState.Detached;
                db.Entry(audit).State = EntityState.Detached;
            }
        }
    }
}
