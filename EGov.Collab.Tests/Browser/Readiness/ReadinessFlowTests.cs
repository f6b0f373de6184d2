using EGov.Collab.App.Readiness;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace EGov.Collab.Tests.Browser.Readiness;

/// <summary>
/// The assessment end to end in real browsers: the respondent fills in and submits; a reviewer returns it with a
/// comment; the respondent corrects and resubmits; the reviewer verifies; the results page shows the body, and its PDF
/// report carries the same numbers as its page.
/// </summary>
[Collection(LiveModulesBrowser.Name)]
public sealed class ReadinessFlowTests(PortalBrowser browser)
{
    private const string SkillsQuestion = "CAP.2";

    private static ILocator Question(IPage page, string code) => page.Locator($"[data-testid='question-{code}']");

    private static async Task AnswerAsync(IPage page, string code, string value)
    {
        var input = Question(page, code).Locator(".answer-value input");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    private static async Task EvidenceAsync(IPage page, string code, string url)
    {
        var input = Question(page, code).Locator(".answer-evidence input");
        await input.FillAsync(url);
        await input.PressAsync("Tab");
        await Assertions.Expect(Question(page, code).GetByText("Збережено")).ToBeVisibleAsync();
    }

    private static async Task YesAsync(IPage page, string code)
    {
        await Question(page, code).GetByText("Так", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Assertions.Expect(Question(page, code).GetByText("Збережено")).ToBeVisibleAsync();
    }

    private static async Task OpenQuestionnaireAsync(IPage page)
    {
        await page.GotoAsync("/readiness/questionnaire");
        await PortalBrowser.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("questionnaire-body")).ToContainTextAsync(ReadinessDemoData.Kulykiv);
    }

    private static async Task OpenReviewAsync(IPage page)
    {
        await page.GotoAsync("/readiness/review");
        await PortalBrowser.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = ReadinessDemoData.Kulykiv }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync(ReadinessDemoData.Kulykiv);
    }

    [Fact]
    public async Task Assessment_SubmitReturnCorrectVerify_ResultAndPdfReportAgree()
    {
        await using var respondentContext = await browser.NewContextAsync();
        await using var reviewerContext = await browser.NewContextAsync();
        var respondent = await PortalBrowser.SignInAsync(respondentContext, $"respondent@{DemoData.EmailDomain}");
        var reviewer = await PortalBrowser.SignInAsync(reviewerContext, $"reviewer@{DemoData.EmailDomain}");

        // The respondent completes the half-filled questionnaire; an answer outside its scale is refused and kept in the field.
        await OpenQuestionnaireAsync(respondent);
        await AnswerAsync(respondent, "TECH.1", "80");
        await Assertions.Expect(Question(respondent, "TECH.1").GetByText("Збережено")).ToBeVisibleAsync();
        await YesAsync(respondent, "TECH.2");
        await EvidenceAsync(respondent, "TECH.2", "https://kulykiv.gov.ua/trembita");
        await AnswerAsync(respondent, "CAP.1", "60");
        await EvidenceAsync(respondent, "CAP.1", "https://kulykiv.gov.ua/training");
        await AnswerAsync(respondent, SkillsQuestion, "7");
        await Assertions.Expect(Question(respondent, SkillsQuestion).GetByRole(AriaRole.Alert)).ToContainTextAsync("поза шкалою");
        await Assertions.Expect(Question(respondent, SkillsQuestion).Locator(".answer-value input")).ToHaveValueAsync("7");
        await AnswerAsync(respondent, SkillsQuestion, "4");
        await Assertions.Expect(Question(respondent, SkillsQuestion).GetByText("Збережено")).ToBeVisibleAsync();
        await respondent.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(respondent.GetByTestId("questionnaire-status")).ToHaveTextAsync("Подано");
        // Read-only under review, and it says so (#23.10).
        await Assertions.Expect(respondent.GetByTestId("locked-alert")).ToContainTextAsync("змінити не можна");

        // The reviewer returns it with a comment on one question.
        await OpenReviewAsync(reviewer);
        await reviewer.Locator($"[data-testid='review-{SkillsQuestion}'] .review-comment input").FillAsync("Оцінка 4 завищена: додайте результати тестування");
        await reviewer.GetByTestId("return").ClickAsync();
        await Assertions.Expect(reviewer.GetByTestId("review-message")).ToContainTextAsync("повернуто");

        // The respondent sees the comment, corrects the answer and submits again.
        await OpenQuestionnaireAsync(respondent);
        await Assertions.Expect(respondent.GetByTestId("questionnaire-status")).ToHaveTextAsync("Повернуто на доопрацювання");
        await Assertions.Expect(Question(respondent, SkillsQuestion)).ToContainTextAsync("Оцінка 4 завищена");
        await AnswerAsync(respondent, SkillsQuestion, "2");
        await Assertions.Expect(Question(respondent, SkillsQuestion).GetByText("Збережено")).ToBeVisibleAsync();
        await respondent.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(respondent.GetByTestId("questionnaire-status")).ToHaveTextAsync("Подано");

        // The reviewer verifies and locks it.
        await OpenReviewAsync(reviewer);
        await reviewer.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(reviewer.GetByTestId("questionnaire-status")).ToHaveTextAsync("Перевірено");

        // The published results show the body; its page and its PDF report carry the same numbers.
        var visitor = await browser.NewPageAsync();
        await using var _ = visitor.Context;
        await visitor.GotoAsync(ReadinessUrls.Results(ReadinessDemoData.CurrentYear));
        await PortalBrowser.WaitForCircuitAsync(visitor);
        var search = visitor.GetByPlaceholder("Пошук органу");
        await search.FillAsync("Куликів");
        await search.PressAsync("Enter");
        var row = visitor.Locator("tr", new PageLocatorOptions { Has = visitor.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = ReadinessDemoData.Kulykiv }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        var tableIndex = (await row.GetByTestId("result-index").InnerTextAsync()).Trim();

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(visitor.GetByTestId("body-index")).ToHaveTextAsync(tableIndex);
        var rank = (await visitor.GetByTestId("body-rank").InnerTextAsync()).Split('/')[0].Trim();
        var componentScores = await visitor.Locator(".component-score").AllInnerTextsAsync();
        Assert.Equal(5, componentScores.Count);

        var href = await visitor.GetByTestId("body-report").GetAttributeAsync("href");
        var response = await visitor.Context.APIRequest.GetAsync(href!);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using var pdf = PdfDocument.Open(await response.BodyAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains(ReadinessDemoData.Kulykiv.Split(' ')[0], text, StringComparison.Ordinal);
        Assert.Contains(tableIndex, text, StringComparison.Ordinal);
        Assert.Contains($"{rank} з", text, StringComparison.Ordinal);
        Assert.All(componentScores, score => Assert.Contains(score.Trim(), text, StringComparison.Ordinal));
    }
}
