using System.Globalization;
using EGov.Collab.App.Localization;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Account;

public sealed record RegistrationResult(Member? Member, IReadOnlyList<Error> Errors, bool AddressTaken = false)
{
    public bool Succeeded => Member is not null;
}

/// <summary>
/// Creates a member (and, when asked, a pending organisation) from the registration form. Every error names the form
/// field it belongs to. The member, the organisation and their audit entries are written in one SaveChanges.
/// </summary>
public sealed class RegistrationService(
    UserManager<Member> users,
    CollabDbContext db,
    TimeProvider clock,
    ILogger<RegistrationService> logger)
{
    public const string MemberRegistered = "member.registered";
    public const string OrganisationRequested = "organisation.requested";

    private static readonly StringComparer NameComparer = StringComparer.Create(CultureInfo.GetCultureInfo(PortalCultures.Ukrainian), ignoreCase: true);

    public async Task<RegistrationResult> RegisterAsync(RegistrationForm form, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var email = (form.Email ?? "").Trim();
        var member = new Member
        {
            UserName = email,
            Email = email,
            FullName = (form.FullName ?? "").Trim(),
            Position = string.IsNullOrWhiteSpace(form.Position) ? null : form.Position.Trim(),
            RegionCode = form.RegionCode,
            PreferredCulture = PortalCultures.IsSupported(culture.Name) ? culture.Name : PortalCultures.Default,
            RegisteredAt = now,
        };

        var errors = new List<Error>();
        var emailError = AccountErrors.CheckEmail(email, nameof(RegistrationForm.Email));
        if (emailError is not null) errors.Add(emailError);
        errors.AddRange(FieldRules.Profile(form.FullName, form.Position, form.RegionCode));
        var (organisationId, requested) = await ChooseOrganisationAsync(form, now, errors, cancellationToken);
        await CheckPasswordAsync(member, form, errors);
        if (emailError is null) await CheckEmailIsFreeAsync(member, errors);
        var taken = AccountErrors.DuplicateEmail(nameof(RegistrationForm.Email));
        // A registered address with an otherwise valid form answers like a new one (the owner gets a mail instead), so
        // the form cannot be used to find out who has an account.
        if (errors.Count > 0 && errors.All(e => e == taken)) return new RegistrationResult(null, [], AddressTaken: true);
        if (errors.Count > 0) return new RegistrationResult(null, errors.Where(e => e != taken).Distinct().ToList());

        member.OrganisationId = organisationId;
        var added = new List<object>();
        if (requested is not null)
        {
            added.Add(db.Organisations.Add(requested).Entity);
            added.Add(db.AuditEntries.Add(AuditEntry.Record(member.Id, null, OrganisationRequested,
                $"organisation:{requested.Id}", null, $"{requested.Name}; {requested.Kind}; {requested.RegionCode}; {requested.EdrpouCode}", now)).Entity);
        }
        added.Add(db.AuditEntries.Add(AuditEntry.Record(member.Id, null, MemberRegistered,
            $"member:{member.Id}", null, $"organisation:{organisationId}; region:{member.RegionCode}; culture:{member.PreferredCulture}", now)).Entity);

        // UserManager saves the context it shares with us: the organisation and audit entries go in the same SaveChanges.
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(member, form.Password!);
        }
        catch (DbUpdateException exception)
        {
            logger.LogWarning(exception, "Registration of a member failed to save");
            created = IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail" });
        }
        if (!created.Succeeded)
        {
            foreach (var entity in added.Append(member)) db.Entry(entity).State = EntityState.Detached;
            return new RegistrationResult(null, AccountErrors.FromIdentity(created.Errors, nameof(RegistrationForm.Email), nameof(RegistrationForm.Password)));
        }
        logger.LogInformation("Member {MemberId} registered", member.Id);
        return new RegistrationResult(member, []);
    }

    private async Task<(Guid? Id, Organisation? Requested)> ChooseOrganisationAsync(
        RegistrationForm form, DateTimeOffset now, List<Error> errors, CancellationToken cancellationToken)
    {
        if (!form.NewOrganisation)
        {
            if (string.IsNullOrWhiteSpace(form.OrganisationId))
            {
                errors.Add(CommonErrors.Required(nameof(RegistrationForm.OrganisationId)));
                return default;
            }
            if (!Guid.TryParse(form.OrganisationId, out var id)
                || !await db.Organisations.AnyAsync(o => o.Id == id && o.Status == OrganisationStatus.Approved, cancellationToken))
            {
                errors.Add(CommonErrors.Invalid(nameof(RegistrationForm.OrganisationId)));
                return default;
            }
            return (id, null);
        }

        var before = errors.Count;
        errors.AddRange(FieldRules.Organisation(form.OrganisationName, form.OrganisationRegionCode, form.OrganisationEdrpou, now)
            .Select(e => e with { Field = OrganisationField(e.Field) }));
        var kind = ParseKind(form.OrganisationKind, errors);
        if (errors.Count > before) return default;

        var created = Organisation.Create(form.OrganisationName!, kind, form.OrganisationRegionCode!, form.OrganisationEdrpou, OrganisationStatus.Pending, now);
        if (!created.IsSuccess)
        {
            errors.Add(created.Error! with { Field = OrganisationField(created.Error!.Field) });
            return default;
        }
        if (await IsListedAsync(created.Value.Name, cancellationToken))
        {
            errors.Add(AccountErrors.OrganisationListed(nameof(RegistrationForm.OrganisationName)));
            return default;
        }
        return (created.Value.Id, created.Value);
    }

    private static OrganisationKind ParseKind(string? value, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add(CommonErrors.Required(nameof(RegistrationForm.OrganisationKind)));
        else if (Enum.TryParse<OrganisationKind>(value, out var kind) && Enum.IsDefined(kind) && !char.IsAsciiDigit(value[0]))
            return kind;
        else
            errors.Add(CommonErrors.Invalid(nameof(RegistrationForm.OrganisationKind)));
        return default;
    }

    /// <summary>Organisation.Create names its own fields; the form prefixes them.</summary>
    private static string? OrganisationField(string? field) => field switch
    {
        "Name" => nameof(RegistrationForm.OrganisationName),
        "Kind" => nameof(RegistrationForm.OrganisationKind),
        "RegionCode" => nameof(RegistrationForm.OrganisationRegionCode),
        "EdrpouCode" => nameof(RegistrationForm.OrganisationEdrpou),
        _ => field,
    };

    /// <summary>An approved organisation of the same name: the member should pick it rather than ask for a copy.</summary>
    private async Task<bool> IsListedAsync(string name, CancellationToken cancellationToken)
    {
        var approved = await db.Organisations.AsNoTracking()
            .Where(o => o.Status == OrganisationStatus.Approved)
            .Select(o => o.Name)
            .ToListAsync(cancellationToken);
        return approved.Contains(name, NameComparer);
    }

    private async Task CheckPasswordAsync(Member member, RegistrationForm form, List<Error> errors)
    {
        if (string.IsNullOrEmpty(form.Password))
        {
            errors.Add(CommonErrors.Required(nameof(RegistrationForm.Password)));
            return;
        }
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, member, form.Password);
            if (!result.Succeeded)
                errors.AddRange(AccountErrors.FromIdentity(result.Errors, nameof(RegistrationForm.Email), nameof(RegistrationForm.Password)));
        }
        if (!string.Equals(form.Password, form.ConfirmPassword, StringComparison.Ordinal))
            errors.Add(AccountErrors.PasswordsDiffer(nameof(RegistrationForm.ConfirmPassword)));
    }

    private async Task CheckEmailIsFreeAsync(Member member, List<Error> errors)
    {
        foreach (var validator in users.UserValidators)
        {
            var result = await validator.ValidateAsync(users, member);
            if (!result.Succeeded)
                errors.AddRange(AccountErrors.FromIdentity(result.Errors, nameof(RegistrationForm.Email), nameof(RegistrationForm.Password)));
        }
    }
}
