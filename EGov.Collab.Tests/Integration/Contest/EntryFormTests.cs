using EGov.Collab.App.Contest;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Contest;

/// <summary>Issue #22.13 through the app services: the chair defines extra fields, applicants answer them, judges and exports show them.</summary>
[Collection(SharedPortal.Name)]
public sealed class EntryFormTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private CollabDbContext Db() => Service<IDbContextFactory<CollabDbContext>>().CreateDbContext();

    [Fact]
    public async Task SaveFieldsAsync_OnlyTheChair_RefusalsNameTheRow_AnsweredFieldsStay()
    {
        var (nominationId, _) = await ContestTestNominations.CreateAsync(portal, ContestPhase.Registration, 0);
        var forms = Service<EntryForms>();
        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        var budget = new EntryFieldInput(null, "Бюджет, грн", "Budget, UAH", EntryFieldKind.Number, true, null);

        Assert.Equal(CommonErrors.Forbidden, (await forms.SaveFieldsAsync(PrincipalOf((await portal.CreateMemberAsync()).Id), nominationId, [budget])).Error);
        Assert.Equal(ContestErrors.ChoicesRequired with { Field = "2" },
            (await forms.SaveFieldsAsync(chair, nominationId, [budget, new(null, "Тип", "Kind", EntryFieldKind.Choice, false, "")])).Error);
        Assert.Empty(await forms.FieldsAsync(nominationId));
        Assert.True((await forms.SaveFieldsAsync(chair, nominationId, [budget])).IsSuccess);
        var field = Assert.Single(await forms.FieldsAsync(nominationId));

        var applicant = PrincipalOf((await portal.CreateMemberAsync()).Id);
        Assert.True((await Service<ContestRegistration>().SaveDraftAsync(applicant, null, await FormAsync(nominationId), new Dictionary<Guid, AnswerInput> { [field.Id] = new("1000") })).IsSuccess);

        Assert.Equal(ContestErrors.FieldInUse with { Field = "1" },
            (await forms.SaveFieldsAsync(chair, nominationId, [new(field.Id, "Бюджет", "Budget", EntryFieldKind.ShortText, true, null)])).Error);
        Assert.Equal(ContestErrors.FieldInUse, (await forms.SaveFieldsAsync(chair, nominationId, [])).Error);
        Assert.True((await forms.SaveFieldsAsync(chair, nominationId, [new(field.Id, "Бюджет проєкту", "Project budget", EntryFieldKind.Number, true, null)])).IsSuccess);
        Assert.Equal("Бюджет проєкту", Assert.Single(await forms.FieldsAsync(nominationId)).LabelUk);
    }

    [Fact]
    public async Task SubmitAsync_RequiredAnswerMissing_KeepsTheDraft_ThenJudgesAndExportsShowTheAnswer()
    {
        var (nominationId, _) = await ContestTestNominations.CreateAsync(portal, ContestPhase.Registration, 0, ["juror3"]);
        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        var forms = Service<EntryForms>();
        Assert.True((await forms.SaveFieldsAsync(chair, nominationId,
        [
            new(null, "Кількість користувачів", "Number of users", EntryFieldKind.Number, true, null),
            new(null, "Сайт практики", "Website", EntryFieldKind.Url, false, null),
        ])).IsSuccess);
        var fields = await forms.FieldsAsync(nominationId);
        var users = fields.Single(f => f.Kind == EntryFieldKind.Number);
        var site = fields.Single(f => f.Kind == EntryFieldKind.Url);
        var registration = Service<ContestRegistration>();
        var applicant = PrincipalOf((await portal.CreateMemberAsync()).Id);
        var form = await FormAsync(nominationId);

        Assert.Equal(ContestErrors.NotAUrl with { Field = site.Key },
            (await registration.SaveDraftAsync(applicant, null, form, new Dictionary<Guid, AnswerInput> { [site.Id] = new("не адреса") })).Error);
        var missing = await registration.SubmitAsync(applicant, null, form, new Dictionary<Guid, AnswerInput> { [site.Id] = new("https://kulykiv.gov.ua") });
        Assert.Equal(CommonErrors.Required(users.Key), missing.Error);
        var entryId = (await registration.MineAsync(applicant)).Single().Id;
        Assert.Equal("https://kulykiv.gov.ua", (await forms.AnswersAsync(entryId))[site.Id].Text);

        var submitted = await registration.SubmitAsync(applicant, entryId, form,
            new Dictionary<Guid, AnswerInput> { [site.Id] = new("https://kulykiv.gov.ua"), [users.Id] = new("дванадцять тисяч") });
        Assert.Equal(ContestErrors.NotANumber with { Field = users.Key }, submitted.Error);
        submitted = await registration.SubmitAsync(applicant, entryId, form,
            new Dictionary<Guid, AnswerInput> { [site.Id] = new("https://kulykiv.gov.ua"), [users.Id] = new("12500") });
        Assert.True(submitted.IsSuccess);

        var admin = PrincipalOf((await portal.MemberByEmailAsync("admin@demo.egov.ua")).Id);
        Assert.True((await Service<ContestAdministration>().ScreenAsync(admin, entryId, true, null)).IsSuccess);
        var judged = await Service<ContestEntries>().ForJudgeAsync(PrincipalOf((await portal.MemberByEmailAsync("juror3@demo.egov.ua")).Id), entryId);
        Assert.True(judged.IsSuccess);
        Assert.Contains(judged.Value.Answers, a => a.FieldId == users.Id && a.Text == "12500");
        Assert.Contains((await Service<ContestEntries>().PublicAsync(entryId))!.Answers, a => a.FieldId == site.Id && a.Text == "https://kulykiv.gov.ua");

        var view = (await Service<ContestResults>().RankingAsync(nominationId))!;
        var csv = System.Text.Encoding.UTF8.GetString(Service<ContestResults>().Csv(view));
        Assert.Contains(users.Label(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"), csv, StringComparison.Ordinal);
        Assert.Contains("12500", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachAsync_FollowsTheNominationsLimitTheChairSet()
    {
        var (nominationId, _) = await ContestTestNominations.CreateAsync(portal, ContestPhase.Registration, 0);
        var forms = Service<EntryForms>();
        var chair = PrincipalOf((await portal.MemberByEmailAsync("chair@demo.egov.ua")).Id);
        var stranger = PrincipalOf((await portal.CreateMemberAsync()).Id);
        Assert.Equal(CommonErrors.Forbidden, (await forms.SaveAttachmentLimitAsync(stranger, nominationId, 1)).Error);
        Assert.Equal(nameof(Nomination.MaxAttachments), (await forms.SaveAttachmentLimitAsync(chair, nominationId, AttachmentRules.MaxPerEntry + 1)).Error!.Field);
        Assert.True((await forms.SaveAttachmentLimitAsync(chair, nominationId, 1)).IsSuccess);
        Assert.Equal(1, await forms.MaxAttachmentsAsync(nominationId));

        var registration = Service<ContestRegistration>();
        var applicant = PrincipalOf((await portal.CreateMemberAsync()).Id);
        var entryId = (await registration.SaveDraftAsync(applicant, null, await FormAsync(nominationId))).Value;
        Assert.True((await AttachPdfAsync(registration, applicant, entryId)).IsSuccess);
        Assert.Equal(ContestErrors.TooManyAttachments, (await AttachPdfAsync(registration, applicant, entryId)).Error);

        Assert.True((await forms.SaveAttachmentLimitAsync(chair, nominationId, 0)).IsSuccess);
        var other = (await registration.SaveDraftAsync(applicant, null, await FormAsync(nominationId))).Value;
        Assert.Equal(ContestErrors.AttachmentsNotAllowed, (await AttachPdfAsync(registration, applicant, other)).Error);
        Assert.Single(await registration.AttachmentsAsync(entryId));
        Assert.Empty(await registration.AttachmentsAsync(other));
    }

    private static async Task<Result> AttachPdfAsync(ContestRegistration registration, System.Security.Claims.ClaimsPrincipal user, Guid entryId)
    {
        var bytes = "%PDF-1.4\n%test\n"u8.ToArray();
        using var content = new MemoryStream(bytes);
        return await registration.AttachAsync(user, entryId, "звіт.pdf", bytes.Length, content);
    }

    private async Task<EntryForm> FormAsync(Guid nominationId)
    {
        await using var db = Db();
        var community = await db.Communities.Select(c => c.Id).FirstAsync();
        return new EntryForm(nominationId, $"Практика {Guid.NewGuid():N}", community, "Опис", "Результати", "Витрати", "Як повторити", "a@x.ua");
    }
}
