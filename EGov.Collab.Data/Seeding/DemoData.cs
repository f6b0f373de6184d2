using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>Demo organisations, communities and one account per role for the embedded default. Idempotent; Development only.</summary>
public sealed class DemoData(CollabDbContext db, UserManager<Member> users, TimeProvider clock)
{
    public const string Password = "Demo-2026!";
    public const string EmailDomain = "demo.egov.ua";

    private const string Vinnytsia = "Вінницька міська рада";
    private const string LvivCouncil = "Львівська міська рада";
    private const string Kulykiv = "Куликівська селищна рада";
    private const string Ministry = "Міністерство цифрової трансформації України";
    private const string OpenCity = "Громадська організація «Відкрите місто»";
    private const string EDemocracy = "Центр громадянських ініціатив «Е-демократія»";
    private const string Mohyla = "Національний університет «Києво-Могилянська академія»";
    private const string Podillia = "ІТ-кластер «Цифрове Поділля»";

    /// <summary>Asked for at registration and waiting for an administrator, so the approval flow has something to show.</summary>
    public const string PendingRequest = "Громадська спілка «Харків цифровий»";

    private static readonly (string Name, OrganisationKind Kind, string Region)[] Organisations =
    [
        (Vinnytsia, OrganisationKind.LocalSelfGovernment, "UA05000000000010236"),
        (LvivCouncil, OrganisationKind.LocalSelfGovernment, Regions.Lviv.Code),
        (Kulykiv, OrganisationKind.LocalSelfGovernment, Regions.Lviv.Code),
        (Ministry, OrganisationKind.GovernmentAgency, Regions.Kyiv.Code),
        (OpenCity, OrganisationKind.CivilSociety, Regions.Lviv.Code),
        (EDemocracy, OrganisationKind.CivilSociety, Regions.Kyiv.Code),
        (Mohyla, OrganisationKind.AcademiaIt, Regions.Kyiv.Code),
        (Podillia, OrganisationKind.AcademiaIt, "UA05000000000010236"),
    ];

    /// <summary>The demo accounts: local part of the email, full name, position, organisation, portal administrator?, module roles.</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin", "Оксана Мельник", "Адміністраторка порталу", ReferenceData.StateAgency, true, []),
        new("chair", "Андрій Шевченко", "Голова робочої групи", Vinnytsia, false,
            [(ModuleKey.Drafting, ModuleRole.WorkingGroupChair), (ModuleKey.Contest, ModuleRole.JuryChair)]),
        new("member1", "Ірина Бондаренко", "Начальниця відділу цифрового розвитку", LvivCouncil, false,
            [(ModuleKey.Drafting, ModuleRole.WorkingGroupMember)]),
        new("member2", "Тарас Кравчук", "Юрист", OpenCity, false, [(ModuleKey.Drafting, ModuleRole.WorkingGroupMember)]),
        new("expert1", "Наталія Ткаченко", "Професорка кафедри публічного управління", Mohyla, false,
            [(ModuleKey.ExpertClub, ModuleRole.Expert), (ModuleKey.Contest, ModuleRole.Expert)]),
        new("expert2", "Богдан Олійник", "Архітектор інформаційних систем", Podillia, false, [(ModuleKey.ExpertClub, ModuleRole.Expert)]),
        new("juror1", "Марія Коваленко", "Експертка з е-послуг", EDemocracy, false, [(ModuleKey.Contest, ModuleRole.Juror)]),
        new("juror2", "Сергій Лисенко", "Заступник міського голови", Vinnytsia, false, [(ModuleKey.Contest, ModuleRole.Juror)]),
        new("juror3", "Юлія Руденко", "Аналітикиня", Ministry, false, [(ModuleKey.Contest, ModuleRole.Juror)]),
        new("trainer", "Віктор Савченко", "Тренер-консультант", ReferenceData.Academy, false, [(ModuleKey.Learning, ModuleRole.Trainer)]),
        new("learner", "Анна Петренко", "Спеціалістка ЦНАП", Kulykiv, false, [(ModuleKey.Learning, ModuleRole.Learner)]),
        new("editor", "Ольга Мороз", "Редакторка е-журналу", ReferenceData.NationalCentre, false, [(ModuleKey.Journal, ModuleRole.Editor)]),
        new("contributor", "Дмитро Павленко", "Громадський журналіст", OpenCity, false, [(ModuleKey.Journal, ModuleRole.Contributor)]),
        new("respondent", "Людмила Гончаренко", "Секретарка селищної ради", Kulykiv, false, [(ModuleKey.Readiness, ModuleRole.Respondent)]),
        new("reviewer", "Олена Захарченко", "Аналітикиня з оцінювання е-готовності", ReferenceData.NationalCentre, false,
            [(ModuleKey.Readiness, ModuleRole.Reviewer)]),
        new("citymanager", "Роман Іваненко", "Менеджер е-кабінету міста", LvivCouncil, false, [(ModuleKey.Cities, ModuleRole.CityManager)]),
        new("methodologist", "Галина Кузьменко", "Методистка з електронного урядування", ReferenceData.NationalCentre, false,
            [(ModuleKey.Methodology, ModuleRole.Editor)]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, cancellationToken);
        foreach (var (name, kind, region) in Organisations)
        {
            if (organisations.ContainsKey(name)) continue;
            var organisation = Organisation.Create(name, kind, region, null, OrganisationStatus.Approved, now).Value;
            db.Organisations.Add(organisation);
            organisations[name] = organisation;
        }
        if (!organisations.ContainsKey(PendingRequest))
            db.Organisations.Add(Organisation.Create(PendingRequest, OrganisationKind.CivilSociety, "UA63000000000041885", null, OrganisationStatus.Pending, now).Value);
        await SeedCommunitiesAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in Accounts)
            await SeedAccountAsync(account, organisations[account.Organisation], now, cancellationToken);
    }

    private async Task SeedCommunitiesAsync(CancellationToken cancellationToken)
    {
        if (await db.Communities.AnyAsync(cancellationToken)) return;
        var lvivOblast = Add("Львівська область", "Lviv Oblast", CommunityKind.Oblast, Regions.Lviv.Code, null);
        var lvivRaion = Add("Львівський район", "Lviv Raion", CommunityKind.Raion, "UA46060000000042587", lvivOblast);
        var kulykivska = Add("Куликівська селищна територіальна громада", "Kulykivska hromada", CommunityKind.Hromada, "UA46060230000093092", lvivRaion);
        Add("Куликів", "Kulykiv", CommunityKind.Settlement, "UA46060230010099970", kulykivska);
        Add("Вінницька область", "Vinnytsia Oblast", CommunityKind.Oblast, "UA05000000000010236", null);
        Add("Київська область", "Kyiv Oblast", CommunityKind.Oblast, "UA32000000000030281", null);
        Add("Київ", "Kyiv", CommunityKind.City, Regions.Kyiv.Code, null);

        Community Add(string uk, string en, CommunityKind kind, string code, Community? parent)
        {
            var community = Community.Create(uk, en, kind, code, parent).Value;
            db.Communities.Add(community);
            return community;
        }
    }

    private async Task SeedAccountAsync(DemoAccount account, Organisation organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var email = $"{account.LocalPart}@{EmailDomain}";
        var member = await users.FindByEmailAsync(email);
        if (member is null)
        {
            member = new Member
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = account.FullName,
                Position = account.Position,
                OrganisationId = organisation.Id,
                RegionCode = organisation.RegionCode,
                RegisteredAt = now,
            };
            var created = await users.CreateAsync(member, Password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        if (account.IsPortalAdministrator && !await users.IsInRoleAsync(member, PortalRoles.Administrator))
            await users.AddToRoleAsync(member, PortalRoles.Administrator);

        var held = await db.ModuleRoleGrants.Where(g => g.MemberId == member.Id).Select(g => new { g.Module, g.Role }).ToListAsync(cancellationToken);
        foreach (var (module, role) in account.Roles)
        {
            if (held.Any(h => h.Module == module && h.Role == role)) continue;
            db.ModuleRoleGrants.Add(ModuleRoleGrant.Create(member.Id, module, role, null, now).Value);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record DemoAccount(
    string LocalPart,
    string FullName,
    string Position,
    string Organisation,
    bool IsPortalAdministrator,
    IReadOnlyList<(ModuleKey Module, ModuleRole Role)> Roles)
{
    public string Email => $"{LocalPart}@{DemoData.EmailDomain}";
}
