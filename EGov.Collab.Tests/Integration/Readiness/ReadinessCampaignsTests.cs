using EGov.Collab.App.Mail;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Readiness;

/// <summary>The national centre opens a year's campaign and invites bodies; the service checks who may.</summary>
[Collection(SharedPortal.Name)]
public sealed class ReadinessCampaignsTests(PortalFactory portal)
{
    private ReadinessCampaigns Campaigns => portal.Services.GetRequiredService<ReadinessCampaigns>();

    private async Task<System.Security.Claims.ClaimsPrincipal> As(string localPart) =>
        PrincipalOf((await portal.MemberByEmailAsync($"{localPart}@{DemoData.EmailDomain}")).Id);

    /// <summary>Each test its own far-away year, so tests sharing the portal do not meet.</summary>
    private async Task WithMethodologyAsync(int year)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        db.ReadinessMethodologies.Add(ReadinessMethodology.Create(ReadinessDemoMethodology.For(year), DateTimeOffset.UtcNow).Value);
        await db.SaveChangesAsync();
    }

    private async Task<Organisation> OrganisationAsync()
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var organisation = Organisation.Create($"Тестова рада {Guid.NewGuid():N}", OrganisationKind.LocalSelfGovernment, "UA46000000000026241", null, OrganisationStatus.Approved, DateTimeOffset.UtcNow).Value;
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    [Fact]
    public async Task Open_YearWithMethodology_ListedAndAudited()
    {
        await WithMethodologyAsync(2081);
        var admin = await As("admin");

        var result = await Campaigns.OpenAsync(admin, 2081);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var row = Assert.Single(await Campaigns.ListAsync(admin), r => r.Year == 2081);
        Assert.Equal(0, row.Total);
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == ReadinessCampaigns.Opened && a.Subject == "campaign:2081"));
    }

    [Fact]
    public async Task Open_DuplicateYear_Refused()
    {
        var result = await Campaigns.OpenAsync(await As("admin"), ReadinessDemoData.CurrentYear);

        Assert.Equal(ReadinessCampaigns.CampaignExists, result.Error);
    }

    [Fact]
    public async Task Open_YearWithoutMethodology_Refused()
    {
        var result = await Campaigns.OpenAsync(await As("admin"), 2089);

        Assert.Equal(ReadinessErrors.MethodologyMissing, result.Error);
    }

    [Fact]
    public async Task Invite_ExistingMember_BecomesRespondentAndOpensTheQuestionnaire()
    {
        await WithMethodologyAsync(2082);
        var admin = await As("admin");
        Assert.True((await Campaigns.OpenAsync(admin, 2082)).IsSuccess);
        var organisation = await OrganisationAsync();
        var member = await portal.CreateMemberAsync();

        var invited = await Campaigns.InviteAsync(admin, 2082, organisation.Id, null, BodyGroup.Hromadas, member.Email!);

        Assert.Equal(InvitationOutcome.QuestionnaireCreated, invited.Value);
        var mine = await portal.Services.GetRequiredService<ReadinessQuestionnaires>().MineAsync(PrincipalOf(member.Id), 2082);
        Assert.NotNull(mine);
        Assert.Equal(organisation.Name, mine.Body.NameUk);
        Assert.Equal(QuestionnaireStatus.InProgress, mine.Questionnaire.Status);
        var row = Assert.Single(await Campaigns.ListAsync(admin), r => r.Year == 2082);
        Assert.Equal(1, row.Counts[QuestionnaireStatus.InProgress]);

        var again = await Campaigns.InviteAsync(admin, 2082, organisation.Id, null, BodyGroup.Hromadas, member.Email!);
        Assert.Equal(ReadinessCampaigns.AlreadyInvited, again.Error);
    }

    [Fact]
    public async Task Invite_UnknownEmail_MailsTheRegistrationLink()
    {
        var admin = await As("admin");
        var organisation = await OrganisationAsync();
        var email = $"new-{Guid.NewGuid():N}@hromada.gov.ua";

        var invited = await Campaigns.InviteAsync(admin, ReadinessDemoData.CurrentYear, organisation.Id, null, BodyGroup.Hromadas, email);

        Assert.Equal(InvitationOutcome.RegistrationMailSent, invited.Value);
        var outbox = portal.Services.GetRequiredService<Outbox>();
        var item = Assert.Single(outbox.List(), i => i.To.Contains(email, StringComparison.OrdinalIgnoreCase));
        var message = (await outbox.ReadAsync(item.FileName))!;
        Assert.Contains(portal.Services.GetRequiredService<EGov.Collab.App.Common.PublicLinks>().Absolute("/Account/Register"), message.TextBody, StringComparison.Ordinal);
    }

    /// <summary>Issue #21.7: an address that is no member has no language; the inviter chooses the mail's.</summary>
    [Theory]
    [InlineData("en-US", "Invitation to the", "Register on the portal with this address")]
    [InlineData("uk-UA", "Запрошення до оцінювання", "Зареєструйтеся на порталі з цією адресою")]
    public async Task Invite_UnknownEmail_MailInTheChosenLanguage(string culture, string subject, string register)
    {
        var organisation = await OrganisationAsync();
        var email = $"new-{Guid.NewGuid():N}@hromada.gov.ua";

        Result<InvitationOutcome> invited;
        // The inviter reads the portal in the other language: the choice, not the inviter's culture, decides.
        using (TestCulture.Use(culture == "en-US" ? "uk-UA" : "en-US"))
            invited = await Campaigns.InviteAsync(await As("admin"), ReadinessDemoData.CurrentYear, organisation.Id, null, BodyGroup.Hromadas, email, culture);

        Assert.Equal(InvitationOutcome.RegistrationMailSent, invited.Value);
        var outbox = portal.Services.GetRequiredService<Outbox>();
        var message = (await outbox.ReadAsync(Assert.Single(outbox.List(), i => i.To.Contains(email, StringComparison.OrdinalIgnoreCase)).FileName))!;
        Assert.StartsWith(subject, message.Subject, StringComparison.Ordinal);
        Assert.Contains(register, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_UnknownEmail_NoChoice_MailInTheInvitersLanguage()
    {
        var organisation = await OrganisationAsync();
        var email = $"new-{Guid.NewGuid():N}@hromada.gov.ua";

        using (TestCulture.Use("en-US"))
            await Campaigns.InviteAsync(await As("admin"), ReadinessDemoData.CurrentYear, organisation.Id, null, BodyGroup.Hromadas, email);

        var outbox = portal.Services.GetRequiredService<Outbox>();
        var message = (await outbox.ReadAsync(Assert.Single(outbox.List(), i => i.To.Contains(email, StringComparison.OrdinalIgnoreCase)).FileName))!;
        Assert.Contains("Register on the portal with this address", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_UnsupportedMailLanguage_Refused()
    {
        var organisation = await OrganisationAsync();

        var invited = await Campaigns.InviteAsync(await As("admin"), ReadinessDemoData.CurrentYear, organisation.Id, null, BodyGroup.Hromadas, "someone@hromada.gov.ua", "de-DE");

        Assert.Equal(CommonErrors.Invalid("Language"), invited.Error);
    }

    [Fact]
    public async Task NonAdministrator_Refused()
    {
        var organisation = await OrganisationAsync();
        foreach (var localPart in new[] { "reviewer", "respondent" })
        {
            var user = await As(localPart);
            Assert.Equal(CommonErrors.Forbidden, (await Campaigns.OpenAsync(user, 2083)).Error);
            var invited = await Campaigns.InviteAsync(user, ReadinessDemoData.CurrentYear, organisation.Id, null, BodyGroup.Hromadas, $"{localPart}@{DemoData.EmailDomain}");
            Assert.Equal(CommonErrors.Forbidden, invited.Error);
        }
        Assert.Empty(await Campaigns.ListAsync(await As("respondent")));
    }
}
