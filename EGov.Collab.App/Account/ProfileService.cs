using EGov.Collab.App.Localization;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Account;

/// <summary>Saves a member's own profile, with an audit entry in the same SaveChanges.</summary>
public sealed class ProfileService(UserManager<Member> users, CollabDbContext db, TimeProvider clock)
{
    public const string ProfileUpdated = "member.profile-updated";

    public async Task<IReadOnlyList<Error>> UpdateAsync(Member member, ProfileForm form, CancellationToken cancellationToken = default)
    {
        var errors = new List<Error>();
        errors.AddRange(FieldRules.Profile(form.FullName, form.Position, form.RegionCode));
        if (!PortalCultures.IsSupported(form.PreferredCulture)) errors.Add(CommonErrors.Invalid(nameof(ProfileForm.PreferredCulture)));
        var organisationId = await CheckOrganisationAsync(member, form.OrganisationId, errors, cancellationToken);
        if (errors.Count > 0) return errors.Distinct().ToList();

        var before = Summary(member);
        var changed = ChangedPersonalFields(member, form);
        member.FullName = form.FullName!.Trim();
        member.Position = string.IsNullOrWhiteSpace(form.Position) ? null : form.Position.Trim();
        member.OrganisationId = organisationId;
        member.RegionCode = form.RegionCode;
        member.PreferredCulture = PortalCultures.Supported.First(c => c.Equals(form.PreferredCulture, StringComparison.OrdinalIgnoreCase));
        var after = Summary(member);
        if (before == after && changed.Length == 0) return [];
        if (changed.Length > 0) after += $"; changed: {changed}";

        var audit = db.AuditEntries.Add(AuditEntry.Record(member.Id, null, ProfileUpdated, $"member:{member.Id}", before, after, clock.GetUtcNow()));
        var updated = await users.UpdateAsync(member);
        if (updated.Succeeded) return [];
        audit.State = EntityState.Detached;
        return AccountErrors.FromIdentity(updated.Errors, "Email", "Password");
    }

    private async Task<Guid?> CheckOrganisationAsync(Member member, string? value, List<Error> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Guid.TryParse(value, out var id)
            && (id == member.OrganisationId
                || await db.Organisations.AnyAsync(o => o.Id == id && o.Status == OrganisationStatus.Approved, cancellationToken)))
            return id;
        errors.Add(CommonErrors.Invalid(nameof(ProfileForm.OrganisationId)));
        return null;
    }

    /// <summary>What the audit keeps: no personal data (it outlives a deleted account), only the organisation, region and language.</summary>
    private static string Summary(Member member) =>
        $"organisation:{member.OrganisationId}; region:{member.RegionCode}; culture:{member.PreferredCulture}";

    private static string ChangedPersonalFields(Member member, ProfileForm form)
    {
        var fields = new List<string>();
        if (member.FullName != form.FullName!.Trim()) fields.Add(nameof(Member.FullName));
        if ((member.Position ?? "") != (form.Position ?? "").Trim()) fields.Add(nameof(Member.Position));
        return string.Join(", ", fields);
    }
}
