using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Cities;

/// <summary>A certified member as the cabinet and its open data show them: no contact details, no verification codes.</summary>
public sealed record CertifiedPerson(Guid MemberId, string FullName, string? Position, string Organisation, IReadOnlyList<CertifiedCourse> Courses);

public sealed record CertifiedCourse(string TitleUk, string TitleEn, int Hours, DateOnly IssuedOn);

/// <summary>
/// Members of a community's organisations holding course certificates (not revoked), only when they consented to be
/// listed; and the consent itself, which each member gives or withdraws for themselves.
/// </summary>
public sealed class CertifiedStaff(IDbContextFactory<CollabDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<CertifiedPerson>> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from link in db.CityOrganisations
                          where link.CommunityId == communityId
                          join organisation in db.Organisations on link.OrganisationId equals organisation.Id
                          join member in db.Users on organisation.Id equals member.OrganisationId
                          join consent in db.CertifiedStaffConsents on member.Id equals consent.MemberId
                          join certificate in db.Certificates on member.Id equals certificate.LearnerId
                          where certificate.RevokedAt == null
                          select new
                          {
                              member.Id,
                              member.FullName,
                              member.Position,
                              Organisation = organisation.Name,
                              certificate.CourseTitle,
                              certificate.CourseTitleEn,
                              certificate.Hours,
                              certificate.IssuedOn,
                          }).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Id)
            .Select(g => new CertifiedPerson(g.Key, g.First().FullName, g.First().Position, g.First().Organisation,
                [.. g.OrderByDescending(c => c.IssuedOn).Select(c => new CertifiedCourse(c.CourseTitle, c.CourseTitleEn, c.Hours, c.IssuedOn))]))
            .OrderBy(p => p.FullName, StringComparer.Ordinal)];
    }

    public async Task<bool> HasConsentedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CertifiedStaffConsents.AnyAsync(c => c.MemberId == memberId, cancellationToken);
    }

    /// <summary>Gives or withdraws the signed-in member's consent; giving twice or withdrawing what was never given changes nothing.</summary>
    public async Task<Result> SetConsentAsync(ClaimsPrincipal user, bool consent, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } memberId) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.CertifiedStaffConsents.SingleOrDefaultAsync(c => c.MemberId == memberId, cancellationToken);
        if (consent && existing is null) db.CertifiedStaffConsents.Add(CertifiedStaffConsent.Give(memberId, clock.GetUtcNow()));
        if (!consent && existing is not null) db.CertifiedStaffConsents.Remove(existing);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
