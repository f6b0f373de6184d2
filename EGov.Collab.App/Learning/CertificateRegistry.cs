using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Learning.Certificates;
using EGov.Collab.Data;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Learning;

public enum VerificationStatus
{
    /// <summary>Not a code at all (wrong length or letters): said plainly, without a database look-up.</summary>
    Malformed,
    NotFound,
    Valid,
    Revoked,
}

/// <summary>What the public verification page may show: exactly what the certificate itself shows, and the revocation date.</summary>
public sealed record VerifiedCertificate(string Number, string Code, CertificateKind Kind, string HolderName, string HolderNameLatin,
    string CourseTitle, string CourseTitleEn, int Hours, DateOnly IssuedOn, string Issuer, string IssuerEn, DateTimeOffset? RevokedAt);

public sealed record Verification(VerificationStatus Status, VerifiedCertificate? Certificate);

public sealed record MyCertificate(Guid Id, string Number, string Code, CertificateKind Kind, string CourseTitle, int Hours, DateOnly IssuedOn, bool Revoked);

/// <summary>Finding certificates: publicly by code (verification, the PDF), and a member's own list.</summary>
public sealed class CertificateRegistry(IDbContextFactory<CollabDbContext> dbFactory)
{
    public async Task<Verification> VerifyAsync(string? code, CancellationToken cancellationToken = default)
    {
        var certificate = await FindAsync(code, cancellationToken);
        if (certificate.Status is VerificationStatus.Malformed or VerificationStatus.NotFound) return new Verification(certificate.Status, null);
        var c = certificate.Entity!;
        return new Verification(c.IsRevoked ? VerificationStatus.Revoked : VerificationStatus.Valid,
            new VerifiedCertificate(c.Number, c.Code, c.Kind, c.HolderName, c.HolderNameLatin, c.CourseTitle, c.CourseTitleEn, c.Hours,
                c.IssuedOn, c.Issuer, c.IssuerEn, c.RevokedAt));
    }

    /// <summary>The PDF for a code, in Ukrainian or English; null when no certificate has that code.</summary>
    public async Task<byte[]?> PdfAsync(string? code, string? culture, string verifyBaseUrl, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(code, cancellationToken);
        return found.Entity is null ? null
            : CertificateDocument.Render(CertificateContent.From(found.Entity, verifyBaseUrl), CertificateLabelSource.For(culture));
    }

    public async Task<IReadOnlyList<MyCertificate>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var memberId = user.MemberId();
        if (memberId is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Certificates.AsNoTracking().Where(c => c.LearnerId == memberId).OrderByDescending(c => c.IssuedAt)
            .Select(c => new MyCertificate(c.Id, c.Number, c.Code, c.Kind, c.CourseTitle, c.Hours, c.IssuedOn, c.RevokedAt != null))
            .ToListAsync(cancellationToken);
    }

    private async Task<(VerificationStatus Status, Certificate? Entity)> FindAsync(string? code, CancellationToken cancellationToken)
    {
        if (!VerificationCode.TryParse(code, out var parsed)) return (VerificationStatus.Malformed, null);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Code == parsed.Value, cancellationToken);
        return certificate is null ? (VerificationStatus.NotFound, null) : (VerificationStatus.Valid, certificate);
    }
}
