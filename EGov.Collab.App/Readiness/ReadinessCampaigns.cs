using System.Globalization;
using System.Net;
using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Localization;
using EGov.Collab.App.Mail;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Readiness;

/// <summary>A campaign with how many of its questionnaires are in each status.</summary>
public sealed record CampaignRow(int Year, DateTimeOffset OpenedAt, bool ResultsPublished, IReadOnlyDictionary<QuestionnaireStatus, int> Counts, DateTimeOffset? Deadline = null)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>An organisation (Code = its region) or a community (Code = its KATOTTG code) to pick.</summary>
public sealed record ChoiceOption(Guid Id, string NameUk, string NameEn, string? Code)
{
    public string Name(bool ukrainian) => ukrainian || NameEn.Length == 0 ? NameUk : NameEn;

    /// <summary>KATOTTG codes share the oblast's first four characters (UA46…).</summary>
    public bool InOblastOf(string? regionCode) => regionCode is { Length: >= 4 } && Code is { Length: >= 4 } && Code.AsSpan(0, 4).SequenceEqual(regionCode.AsSpan(0, 4));
}

public sealed record CampaignChoices(IReadOnlyList<ChoiceOption> Organisations, IReadOnlyList<ChoiceOption> Communities);

/// <summary>What an invitation did: the questionnaire went to an existing member, or a registration mail went out.</summary>
public enum InvitationOutcome
{
    QuestionnaireCreated = 1,
    RegistrationMailSent = 2,
}

/// <summary>
/// The national centre opens a year's campaign and invites bodies (module administrators only; reviewers may look).
/// An unknown email gets a mail with the registration link only: once registered, the administrator invites again.
/// </summary>
public sealed class ReadinessCampaigns(IDbContextFactory<CollabDbContext> dbFactory, ReadinessAccess access, IMailSender mail, PublicLinks links, TimeProvider clock,
    IStringLocalizer<ReadinessResource> text)
{
    public const string Opened = "readiness.campaign-opened";
    public const string Invited = "readiness.respondent-invited";
    public const string RegistrationMailed = "readiness.registration-mailed";
    public const string DeadlineSet = "readiness.deadline-set";

    public static readonly Error CampaignExists = new("Readiness.CampaignExists");
    public static readonly Error CampaignMissing = new("Readiness.CampaignMissing");
    public static readonly Error AlreadyInvited = new("Readiness.AlreadyInvited");
    public static readonly Error MailFailed = new("Readiness.InvitationMailFailed");

    public async Task<IReadOnlyList<CampaignRow>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await access.IsReviewerAsync(user, cancellationToken)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.ReadinessCampaigns.AsNoTracking().ToListAsync(cancellationToken);
        var counts = await db.ReadinessQuestionnaires.AsNoTracking()
            .GroupBy(q => new { q.Year, q.Status }).Select(g => new { g.Key.Year, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. campaigns.OrderByDescending(c => c.Year).Select(c => new CampaignRow(c.Year, c.OpenedAt, c.ResultsPublished,
            counts.Where(x => x.Year == c.Year).ToDictionary(x => x.Status, x => x.Count), c.Deadline))];
    }

    /// <summary>Opens the campaign of <paramref name="year"/>: refused when it exists or the year has no methodology.</summary>
    public async Task<Result> OpenAsync(ClaimsPrincipal user, int year, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } actorId || !await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        if (year is < MethodologyDefinition.MinYear or > MethodologyDefinition.MaxYear) return CommonErrors.Invalid("Year");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ReadinessCampaigns.AnyAsync(c => c.Year == year, cancellationToken)) return CampaignExists;
        if (!await db.ReadinessMethodologies.AnyAsync(m => m.Year == year, cancellationToken)) return ReadinessErrors.MethodologyMissing;
        var now = clock.GetUtcNow();
        var campaign = AssessmentCampaign.Open(year, now);
        db.ReadinessCampaigns.Add(campaign);
        db.AuditEntries.Add(AuditEntry.Record(actorId, ModuleKey.Readiness, Opened, $"campaign:{year}", null, year.ToString(System.Globalization.CultureInfo.InvariantCulture), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CampaignExists; // opened by someone else a moment ago (unique year)
        }
        return Result.Success();
    }

    /// <summary>Sets the year's deadline (null clears it); respondents still at work are reminded before it.</summary>
    public async Task<Result> SetDeadlineAsync(ClaimsPrincipal user, int year, DateTimeOffset? deadline, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } actorId || !await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.ReadinessCampaigns.SingleOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (campaign is null) return CampaignMissing;
        var now = clock.GetUtcNow();
        var before = campaign.Deadline;
        var set = campaign.SetDeadline(deadline, now);
        if (!set.IsSuccess) return set;
        db.AuditEntries.Add(AuditEntry.Record(actorId, ModuleKey.Readiness, DeadlineSet, $"campaign:{year}", before?.ToString("O"), deadline?.ToString("O"), now));
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>
    /// Invites the organisation (optionally with its community) as a body of the year's campaign. An existing member
    /// with <paramref name="email"/> becomes its respondent and gets the questionnaire; an unknown email gets a mail
    /// inviting them to register, written in <paramref name="mailCulture"/> (one of the portal's languages, chosen by the
    /// inviter; null: the inviter's own UI language), since an address that is no member yet has no stored language.
    /// </summary>
    public async Task<Result<InvitationOutcome>> InviteAsync(ClaimsPrincipal user, int year, Guid organisationId, Guid? communityId, BodyGroup group, string email,
        string? mailCulture = null, CancellationToken cancellationToken = default)
    {
        if (user.MemberId() is not { } actorId || !await access.IsAdministratorAsync(user, cancellationToken)) return CommonErrors.Forbidden;
        var address = (email ?? "").Trim();
        if (address.Length == 0) return CommonErrors.Required("Email");
        if (!System.Net.Mail.MailAddress.TryCreate(address, out var parsed) || parsed.Address != address) return CommonErrors.Invalid("Email");
        if (!Enum.IsDefined(group)) return CommonErrors.Invalid("Group");
        if (mailCulture is not null && !PortalCultures.IsSupported(mailCulture)) return CommonErrors.Invalid("Language");
        mailCulture ??= RecipientCulture.Of(CultureInfo.CurrentUICulture.Name).Name;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ReadinessCampaigns.AnyAsync(c => c.Year == year, cancellationToken)) return CampaignMissing;
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null) return CommonErrors.Required("Organisation");
        if (communityId is not null && !await db.Communities.AnyAsync(c => c.Id == communityId, cancellationToken)) return CommonErrors.Invalid("Community");

        var now = clock.GetUtcNow();
        var normalised = address.ToUpperInvariant();
        var member = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalised).Select(u => new { u.Id }).SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            db.AuditEntries.Add(AuditEntry.Record(actorId, ModuleKey.Readiness, RegistrationMailed, $"campaign:{year}", null, $"{address} → {organisation.Name}", now));
            await db.SaveChangesAsync(cancellationToken);
            return await SendRegistrationMailAsync(address, organisation.Name, year, mailCulture, cancellationToken)
                ? InvitationOutcome.RegistrationMailSent : MailFailed;
        }

        var body = await db.ReadinessBodies.FirstOrDefaultAsync(b => b.OrganisationId == organisationId && b.CommunityId == communityId, cancellationToken);
        if (body is null)
        {
            var created = ReadinessBody.Create(organisation.Name, "", group, organisationId, communityId);
            if (!created.IsSuccess) return created.Error!;
            body = created.Value;
            db.ReadinessBodies.Add(body);
        }
        else if (await db.ReadinessQuestionnaires.AnyAsync(q => q.Year == year && q.BodyId == body.Id, cancellationToken)) return AlreadyInvited;

        if (!await db.ModuleRoleGrants.AnyAsync(g => g.MemberId == member.Id && g.Module == ModuleKey.Readiness && g.Role == ModuleRole.Respondent, cancellationToken))
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, ModuleKey.Readiness, ModuleRole.Respondent, actorId, now).Value);
        var questionnaire = Questionnaire.Invite(year, body.Id, member.Id, now);
        db.ReadinessQuestionnaires.Add(questionnaire);
        db.AuditEntries.Add(AuditEntry.Record(actorId, ModuleKey.Readiness, Invited, $"questionnaire:{questionnaire.Id}", null, $"{address} → {body.NameUk}", now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return AlreadyInvited; // the same body invited a moment ago (unique year and body)
        }
        return InvitationOutcome.QuestionnaireCreated;
    }

#pragma warning disable CA1031 // A mail failure comes back as a refusal the administrator sees, not an exception that kills the circuit.
    private async Task<bool> SendRegistrationMailAsync(string address, string organisationName, int year, string culture, CancellationToken cancellationToken)
    {
        var link = links.Absolute("/Account/Register");
        string subject, html, plain;
        using (RecipientCulture.Use(culture))
        {
            subject = string.Format(CultureInfo.CurrentCulture, text["Mail.Registration.Subject"], year);
            var body = string.Format(CultureInfo.CurrentCulture, text["Mail.Registration.Body"], year, organisationName);
            var register = text["Mail.Registration.Register"].Value;
            var then = text["Mail.Registration.Then"].Value;
            plain = $"{body}\n\n{register}: {link}\n{then}\n";
            html = $"<p>{WebUtility.HtmlEncode(body)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(register)}</a>. {WebUtility.HtmlEncode(then)}</p>";
        }
        try
        {
            await mail.SendAsync(new PortalMail(address, subject, html, plain), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }
#pragma warning restore CA1031

    /// <summary>The organisations and communities an administrator picks a body from (communities carry their KATOTTG code to filter by oblast).</summary>
    public async Task<CampaignChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new ChoiceOption(o.Id, o.Name, o.Name, o.RegionCode)).ToListAsync(cancellationToken);
        var communities = await db.Communities.AsNoTracking().Select(c => new ChoiceOption(c.Id, c.NameUk, c.NameEn, c.KatottgCode)).ToListAsync(cancellationToken);
        return new CampaignChoices([.. organisations.OrderBy(o => o.NameUk, StringComparer.Ordinal)], [.. communities.OrderBy(c => c.NameUk, StringComparer.Ordinal)]);
    }
}
