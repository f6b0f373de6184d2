using System.IO.Compression;
using System.Net;
using EGov.Collab.App.Common;
using EGov.Collab.App.Readiness.Reports;
using EGov.Collab.App.Readiness;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Readiness;

/// <summary>The readiness services refuse bad input themselves, whatever the pages offer, and keep what was stored.</summary>
[Collection(SharedPortal.Name)]
public sealed class ReadinessServicesTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    private async Task<System.Security.Claims.ClaimsPrincipal> As(string localPart) =>
        PrincipalOf((await portal.MemberByEmailAsync($"{localPart}@{DemoData.EmailDomain}")).Id);

    /// <summary>A fresh body, respondent and questionnaire of 2026 with every required answer given, submitted.</summary>
    private async Task<(Guid Id, System.Security.Claims.ClaimsPrincipal Respondent)> SubmittedQuestionnaireAsync()
    {
        var member = await portal.CreateMemberAsync();
        await ReadinessSeed.InviteAsync(portal.Services, member.Id, $"Тестова громада {Guid.NewGuid():N}", 2026);
        var respondent = PrincipalOf(member.Id);
        return ((await ReadinessSeed.AnswerAndSubmitAsync(portal.Services, respondent)).Id, respondent);
    }

    [Fact]
    public async Task SaveAnswer_OutsideScale_RefusedAndStoredAnswerKept()
    {
        var respondent = await As("respondent");
        var mine = (await Service<ReadinessQuestionnaires>().MineAsync(respondent))!;
        Assert.Equal(ReadinessDemoData.Kulykiv, mine.Body.NameUk);
        var answered = mine.Questionnaire.Answers.First(a => a.Value is not null && mine.Model.FindIndicator(a.IndicatorCode)!.Scale.Kind == AnswerScaleKind.Ordinal);

        var result = await Service<ReadinessQuestionnaires>().SaveAnswerAsync(respondent, mine.Questionnaire.Id, answered.IndicatorCode, 99m, null);

        Assert.Equal(ReadinessErrors.AnswerOutOfScale(answered.IndicatorCode), result.Error);
        var after = (await Service<ReadinessQuestionnaires>().MineAsync(respondent))!;
        Assert.Equal(answered.Value, after.Questionnaire.AnswerTo(answered.IndicatorCode)!.Value);
    }

    [Fact]
    public async Task Submit_MissingRequiredAnswers_RefusedWithEveryQuestionNamed()
    {
        var respondent = await As("respondent");
        var mine = (await Service<ReadinessQuestionnaires>().MineAsync(respondent))!;

        var errors = await Service<ReadinessQuestionnaires>().SubmitAsync(respondent, mine.Questionnaire.Id);

        Assert.Contains(errors, e => e.Code == "Readiness.MissingRequiredAnswer");
        Assert.Equal(QuestionnaireStatus.InProgress, (await Service<ReadinessQuestionnaires>().MineAsync(respondent))!.Questionnaire.Status);
    }

    [Fact]
    public async Task SaveAnswer_SomeoneElsesQuestionnaire_Forbidden()
    {
        var kulykiv = (await Service<ReadinessQuestionnaires>().MineAsync(await As("respondent")))!;
        var other = await As("readiness.lviv");

        var result = await Service<ReadinessQuestionnaires>().SaveAnswerAsync(other, kulykiv.Questionnaire.Id, "INST.1", 1m, null);

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    [Fact]
    public async Task SaveAnswer_LockedQuestionnaire_Refused()
    {
        var lviv = await As("readiness.lviv");
        var mine = (await Service<ReadinessQuestionnaires>().MineAsync(lviv))!;
        Assert.True(mine.Questionnaire.IsLocked);

        var result = await Service<ReadinessQuestionnaires>().SaveAnswerAsync(lviv, mine.Questionnaire.Id, "INST.1", 0m, null);

        Assert.Equal(ReadinessErrors.QuestionnaireLocked, result.Error);
    }

    [Fact]
    public async Task Return_CommentOnQuestionThatDoesNotExist_Refused_ThenValidReturnAndVerify()
    {
        var (id, _) = await SubmittedQuestionnaireAsync();
        var reviewer = await As("reviewer");

        var bad = await Service<ReadinessQuestionnaires>().ReturnAsync(reviewer, id, [("NOPE.1", "Такого питання немає")]);
        var byRespondent = await Service<ReadinessQuestionnaires>().VerifyAsync(await As("respondent"), id);
        var verified = await Service<ReadinessQuestionnaires>().VerifyAsync(reviewer, id);

        Assert.Equal(ReadinessErrors.UnknownIndicator("NOPE.1"), bad.Error);
        Assert.Equal(CommonErrors.Forbidden, byRespondent.Error);
        Assert.True(verified.IsSuccess);
        Assert.Equal(QuestionnaireStatus.Verified, (await Service<ReadinessQuestionnaires>().ForReviewAsync(reviewer, id))!.Questionnaire.Status);
    }

    [Fact]
    public async Task SaveMethodology_WeightsNotHundred_RefusedAndStoredOneKept_RespondentForbidden()
    {
        var admin = await As("admin");
        var definition = (await Service<ReadinessMethodologies>().GetAsync(2026))!;
        var broken = definition with { Components = [.. definition.Components.Select((c, i) => i == 0 ? c with { Weight = 40m } : c)] };

        var refused = await Service<ReadinessMethodologies>().SaveAsync(admin, broken);
        var forbidden = await Service<ReadinessMethodologies>().SaveAsync(await As("respondent"), definition);

        Assert.Equal(ReadinessErrors.WeightsNotHundred(), Assert.Single(refused.Errors));
        Assert.Equal(CommonErrors.Forbidden, Assert.Single(forbidden.Errors));
        Assert.Equal(definition.Components[0].Weight, (await Service<ReadinessMethodologies>().GetAsync(2026))!.Components[0].Weight);
    }

    [Fact]
    public async Task ReadinessResults_ByOrganisationAndCommunity_PublishedResultWithRankAndChange()
    {
        var results = Service<IReadinessResults>();
        await using var db = await Service<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var lvivCouncil = await db.Organisations.SingleAsync(o => o.Name == "Львівська міська рада");
        var kulykivCommunity = await db.Communities.SingleAsync(c => c.KatottgCode == "UA46060230000093092");

        var lviv = await results.ForOrganisationAsync(lvivCouncil.Id);
        var lviv2025 = await results.ForOrganisationAsync(lvivCouncil.Id, 2025);
        var kulykiv2025 = await results.ForCommunityAsync(kulykivCommunity.Id, 2025);

        Assert.NotNull(lviv);
        Assert.Equal(2026, lviv.Year);
        Assert.InRange(lviv.Rank, 1, lviv.BodyCount);
        Assert.NotNull(lviv.RankDelta);
        Assert.Equal(5, lviv.Components.Count);
        Assert.Equal(2025, lviv2025!.Year);
        Assert.Equal(ReadinessDemoData.Kulykiv, kulykiv2025!.NameUk);
        Assert.Null(await results.ForOrganisationAsync(Guid.CreateVersion7()));
    }

    [Fact]
    public async Task Reports_BodyAndNational_ArePdfsCarryingThePublishedIndex()
    {
        var results = (await Service<ReadinessResults>().YearAsync(2026))!;
        var first = results.Results.Bodies[0];
        using var client = portal.CreateClient();

        var body = await client.GetAsync(ReadinessUrls.BodyReport(2026, first.Index.Id));
        var national = await client.GetAsync(ReadinessUrls.NationalReport(2026));
        var missing = await client.GetAsync(ReadinessUrls.BodyReport(2026, Guid.CreateVersion7()));

        Assert.Equal("application/pdf", body.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var pdf = PdfDocument.Open(await body.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains(IndexRounding.Round(first.Index.Composite).ToString("0.0000", System.Globalization.CultureInfo.GetCultureInfo("uk-UA")), text, StringComparison.Ordinal);
        using var nationalPdf = PdfDocument.Open(await national.Content.ReadAsByteArrayAsync());
        Assert.True(nationalPdf.NumberOfPages >= 3);
    }

    [Fact]
    public async Task ReportBundleJob_Run_ZipOfNationalAndEveryBodyReport_ProgressFinished_DownloadNeedsSignIn()
    {
        var job = ActivatorUtilities.CreateInstance<ReportBundleJob>(portal.Services);

        await job.RunAsync(2025, CancellationToken.None);
        using var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var anonymous = await client.GetAsync(ReadinessUrls.Bundle(2025));

        var state = Service<ReportBundleProgress>().Of(2025)!;
        Assert.Equal(BundleStatus.Finished, state.Status);
        Assert.Equal(state.Total, state.Done);
        await using var zip = await ZipFile.OpenReadAsync(ReportBundleJob.PathOf(Service<PortalPaths>(), 2025));
        Assert.Equal(state.Total + 1, zip.Entries.Count);
        Assert.Contains(zip.Entries, e => e.Name == "readiness-2025-national.pdf");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }
}
