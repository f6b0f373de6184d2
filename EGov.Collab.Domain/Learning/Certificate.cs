using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// An issued certificate. What it shows is copied in at issue (name, course, hours, issuer, signatories), so renaming a
/// course later does not change a certificate already printed. It is found publicly only by its verification code.
/// </summary>
public sealed class Certificate
{
    public const int RevocationReasonMaxLength = 500;

    private Certificate()
    {
        Number = Prefix = Code = HolderName = HolderNameLatin = CourseTitle = CourseTitleEn = Issuer = IssuerEn = Signatories = "";
    }

    public Guid Id { get; private set; }
    public string Number { get; private set; }
    public string Prefix { get; private set; }
    public int Year { get; private set; }
    public int Sequence { get; private set; }

    /// <summary>The canonical <see cref="VerificationCode"/> value (7KQ2-M9XD-4HPR-W6TA).</summary>
    public string Code { get; private set; }

    public CertificateKind Kind { get; private set; }
    public Guid LearnerId { get; private set; }
    public Guid CourseId { get; private set; }
    public Guid? CohortId { get; private set; }
    public string HolderName { get; private set; }
    public string HolderNameLatin { get; private set; }
    public string CourseTitle { get; private set; }
    public string CourseTitleEn { get; private set; }
    public int Hours { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public string Issuer { get; private set; }
    public string IssuerEn { get; private set; }
    public string Signatories { get; private set; }
    public Guid? IssuedById { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static Certificate Issue(CertificateNumber number, VerificationCode code, CertificateKind kind, Guid learnerId,
        HolderName holder, Course course, Guid? cohortId, DateOnly issuedOn, Guid? issuedById, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(course);
        return new Certificate
        {
            Id = Guid.CreateVersion7(),
            Number = number.Format(),
            Prefix = number.Prefix,
            Year = number.Year,
            Sequence = number.Sequence,
            Code = code.Value,
            Kind = kind,
            LearnerId = learnerId,
            CourseId = course.Id,
            CohortId = cohortId,
            HolderName = holder.Ukrainian,
            HolderNameLatin = holder.Latin,
            CourseTitle = course.Title,
            CourseTitleEn = string.IsNullOrWhiteSpace(course.TitleEn) ? course.Title : course.TitleEn,
            Hours = course.Hours,
            IssuedOn = issuedOn,
            IssuedAt = now,
            Issuer = course.Issuer,
            IssuerEn = string.IsNullOrWhiteSpace(course.IssuerEn) ? course.Issuer : course.IssuerEn,
            Signatories = course.Signatories,
            IssuedById = issuedById,
        };
    }

    public Result Revoke(string? reason, DateTimeOffset now)
    {
        if (IsRevoked) return LearningErrors.AlreadyRevoked;
        if (string.IsNullOrWhiteSpace(reason)) return LearningErrors.RevocationReasonRequired;
        if (reason.Trim().Length > RevocationReasonMaxLength) return CommonErrors.TooLong("Reason");
        RevokedAt = now;
        RevocationReason = reason.Trim();
        return Result.Success();
    }

    /// <summary>The number prefix for a kind: trainer-consultant certificates are numbered apart (EGT-2026-000007).</summary>
    public static string PrefixFor(Course course, CertificateKind kind)
    {
        ArgumentNullException.ThrowIfNull(course);
        return kind == CertificateKind.TrainerConsultant ? course.CertificatePrefix + "T" : course.CertificatePrefix;
    }
}
