using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Readiness;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// E-readiness demo: the 2025 and 2026 methodologies, a campaign per year over twelve bodies (each with a respondent
/// account), every 2025 questionnaire and eleven 2026 ones verified and published; the demo respondent's (Куликівська
/// селищна рада) 2026 questionnaire is still in progress, half answered. Two hromadas answer alike, so the ranking shows a tie.
/// </summary>
public sealed class ReadinessDemoData(CollabDbContext db, UserManager<Member> users, TimeProvider clock) : IModuleDemoData
{
    public const int CurrentYear = 2026;
    public const int PreviousYear = 2025;
    public const string Kulykiv = "Куликівська селищна рада";

    private sealed record DemoBody(string NameUk, string NameEn, BodyGroup Group, OrganisationKind Kind, string Region, string? Account, double Quality);

    private static readonly DemoBody[] Bodies =
    [
        new(Kulykiv, "Kulykiv settlement council", BodyGroup.Hromadas, OrganisationKind.LocalSelfGovernment, "UA46000000000026241", "respondent", 0.55),
        new("Вінницька міська рада", "Vinnytsia city council", BodyGroup.Cities, OrganisationKind.LocalSelfGovernment, "UA05000000000010236", "readiness.vinnytsia", 0.92),
        new("Львівська міська рада", "Lviv city council", BodyGroup.Cities, OrganisationKind.LocalSelfGovernment, "UA46000000000026241", "readiness.lviv", 0.88),
        new("Житомирська міська рада", "Zhytomyr city council", BodyGroup.Cities, OrganisationKind.LocalSelfGovernment, "UA18000000000041385", "readiness.zhytomyr", 0.61),
        new("Міністерство цифрової трансформації України", "Ministry of Digital Transformation of Ukraine", BodyGroup.MinistriesAndAgencies, OrganisationKind.GovernmentAgency, "UA80000000000093317", "readiness.mintsyfra", 0.97),
        new("Міністерство юстиції України", "Ministry of Justice of Ukraine", BodyGroup.MinistriesAndAgencies, OrganisationKind.GovernmentAgency, "UA80000000000093317", "readiness.minjust", 0.74),
        new("Державна служба статистики України", "State Statistics Service of Ukraine", BodyGroup.MinistriesAndAgencies, OrganisationKind.GovernmentAgency, "UA80000000000093317", "readiness.ukrstat", 0.66),
        new("Львівська обласна державна адміністрація", "Lviv Oblast State Administration", BodyGroup.Oblasts, OrganisationKind.GovernmentAgency, "UA46000000000026241", "readiness.lviv-oda", 0.70),
        new("Вінницька обласна державна адміністрація", "Vinnytsia Oblast State Administration", BodyGroup.Oblasts, OrganisationKind.GovernmentAgency, "UA05000000000010236", "readiness.vinnytsia-oda", 0.58),
        new("Хмельницька обласна державна адміністрація", "Khmelnytskyi Oblast State Administration", BodyGroup.Oblasts, OrganisationKind.GovernmentAgency, "UA68000000000099709", "readiness.khmelnytskyi-oda", 0.45),
        new("Хмільницька міська рада", "Khmilnyk city council", BodyGroup.Hromadas, OrganisationKind.LocalSelfGovernment, "UA05000000000010236", "readiness.khmilnyk", 0.50),
        new("Новоушицька селищна рада", "Nova Ushytsia settlement council", BodyGroup.Hromadas, OrganisationKind.LocalSelfGovernment, "UA68000000000099709", "readiness.novaushytsia", 0.50),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.ReadinessMethodologies.AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow();
        var previous = ReadinessMethodology.Create(ReadinessDemoMethodology.For(PreviousYear), now).Value;
        var current = ReadinessMethodology.Create(ReadinessDemoMethodology.For(CurrentYear), now).Value;
        db.ReadinessMethodologies.AddRange(previous, current);
        var campaignPrevious = AssessmentCampaign.Open(PreviousYear, now.AddYears(-1));
        campaignPrevious.PublishResults(now.AddMonths(-7));
        var campaignCurrent = AssessmentCampaign.Open(CurrentYear, now.AddMonths(-2));
        campaignCurrent.PublishResults(now.AddDays(-3));
        db.ReadinessCampaigns.AddRange(campaignPrevious, campaignCurrent);

        var reviewer = await users.FindByEmailAsync($"reviewer@{DemoData.EmailDomain}")
            ?? throw new InvalidOperationException("The demo reviewer is seeded before the readiness demo.");
        var kulykivCommunity = await db.Communities.FirstOrDefaultAsync(c => c.KatottgCode == "UA46060230000093092", cancellationToken);
        for (var i = 0; i < Bodies.Length; i++)
        {
            var demo = Bodies[i];
            var organisation = await OrganisationAsync(demo, now, cancellationToken);
            var respondent = await RespondentAsync(demo, organisation, now, cancellationToken);
            var body = ReadinessBody.Create(demo.NameUk, demo.NameEn, demo.Group, organisation.Id, demo.NameUk == Kulykiv ? kulykivCommunity?.Id : null).Value;
            db.ReadinessBodies.Add(body);

            var last = Questionnaire.Invite(PreviousYear, body.Id, respondent.Id, now.AddYears(-1));
            Answer(last, previous.Model(), demo, i, PreviousYear, answerAll: true, now.AddYears(-1));
            Complete(last, previous.Model(), reviewer.Id, now.AddMonths(-8));
            db.ReadinessQuestionnaires.Add(last);

            var inProgress = demo.NameUk == Kulykiv;
            var thisYear = Questionnaire.Invite(CurrentYear, body.Id, respondent.Id, now.AddMonths(-2));
            Answer(thisYear, current.Model(), demo, i, CurrentYear, answerAll: !inProgress, now.AddDays(-10));
            if (!inProgress) Complete(thisYear, current.Model(), reviewer.Id, now.AddDays(-5));
            db.ReadinessQuestionnaires.Add(thisYear);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Answers derived from the body's "quality" and a seed: deterministic, varied, the two 0.50 hromadas alike.</summary>
    private static void Answer(Questionnaire questionnaire, RatingModel model, DemoBody demo, int index, int year, bool answerAll, DateTimeOffset now)
    {
        var seed = demo.Quality == 0.50 ? 50 + year : index * 31 + year;
        var random = new Random(seed);
        var indicators = model.Indicators.ToList();
        var count = answerAll ? indicators.Count : indicators.Count / 2;
        var drift = year == PreviousYear ? -0.08 : 0;
        foreach (var indicator in indicators.Take(count))
        {
            var level = Math.Clamp(demo.Quality + drift + ((random.NextDouble() - 0.5) * 0.5), 0, 1);
            decimal value = indicator.Scale.Kind switch
            {
                AnswerScaleKind.YesNo => level >= 0.5 ? 1m : 0m,
                AnswerScaleKind.Ordinal => (decimal)Math.Round(level * indicator.Scale.Max),
                _ => Math.Round((decimal)(level * 100), 0),
            };
            var evidence = indicator.EvidenceRequired && value > 0 ? $"https://e-readiness.gov.ua/evidence/{year}/{index + 1}/{indicator.Code}" : null;
            var saved = questionnaire.SaveAnswer(model, indicator.Code, value, evidence, now);
            if (!saved.IsSuccess) throw new InvalidOperationException($"Demo answer {indicator.Code}: {saved.Error}");
        }
    }

    private static void Complete(Questionnaire questionnaire, RatingModel model, Guid reviewerId, DateTimeOffset now)
    {
        var submitted = questionnaire.Submit(model, now.AddDays(-1));
        if (!submitted.IsValid) throw new InvalidOperationException($"Demo questionnaire: {string.Join(", ", submitted.Errors)}");
        questionnaire.Verify(reviewerId, now);
    }

    private async Task<Organisation> OrganisationAsync(DemoBody demo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.FirstOrDefaultAsync(o => o.Name == demo.NameUk, cancellationToken);
        if (existing is not null) return existing;
        var organisation = Organisation.Create(demo.NameUk, demo.Kind, demo.Region, null, OrganisationStatus.Approved, now).Value;
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }

    private async Task<Member> RespondentAsync(DemoBody demo, Organisation organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var email = $"{demo.Account}@{DemoData.EmailDomain}";
        var member = await users.FindByEmailAsync(email);
        if (member is not null) return member;
        member = new Member
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = $"Респондент: {demo.NameUk}",
            Position = "Відповідальна особа за оцінювання е-готовності",
            OrganisationId = organisation.Id,
            RegionCode = organisation.RegionCode,
            RegisteredAt = now,
        };
        // One shared hash of the demo password: hashing it eleven times would slow every start-up by a second.
        member.PasswordHash = _demoHash ??= users.PasswordHasher.HashPassword(member, DemoData.Password);
        var created = await users.CreateAsync(member);
        if (!created.Succeeded) throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, ModuleKey.Readiness, ModuleRole.Respondent, null, now).Value);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    private string? _demoHash;
}
