using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Cities;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// City cabinets demo: every one of the 27 regions as a community, the Lviv and Vinnytsia hromadas beside the demo's
/// Kulykivska hromada, their councils linked as their organisations (so the Lviv cabinet finds the Lviv council's 2025
/// and 2026 readiness results), profiles, news, the demo city manager on the Lviv cabinet and two certified members who
/// consented to be listed. Runs after the readiness and learning demo data; idempotent.
/// </summary>
public sealed class CitiesDemoData(CollabDbContext db, TimeProvider clock) : IModuleDemoData
{
    public const string LvivHromada = "UA46060250000025047";
    public const string KulykivHromada = "UA46060230000093092";
    public const string VinnytsiaRaion = "UA05020000000026686";
    public const string VinnytsiaHromada = "UA05020030000031457";

    public int Order => 70;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var communities = await db.Communities.ToDictionaryAsync(c => c.KatottgCode, cancellationToken);
        foreach (var region in Regions.All.Where(r => !communities.ContainsKey(r.Code)))
        {
            var kind = region.Code.StartsWith("UA80", StringComparison.Ordinal) || region.Code.StartsWith("UA85", StringComparison.Ordinal) ? CommunityKind.City : CommunityKind.Oblast;
            Add(region.NameUk, region.NameEn, kind, region.Code, null);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (communities.ContainsKey(LvivHromada) || !communities.TryGetValue("UA46060000000042587", out var lvivRaion)) return;

        var lviv = Add("Львівська міська територіальна громада", "Lviv hromada", CommunityKind.Hromada, LvivHromada, lvivRaion);
        var vinnytsiaRaion = Add("Вінницький район", "Vinnytsia Raion", CommunityKind.Raion, VinnytsiaRaion, communities["UA05000000000010236"]);
        var vinnytsia = Add("Вінницька міська територіальна громада", "Vinnytsia hromada", CommunityKind.Hromada, VinnytsiaHromada, vinnytsiaRaion);
        var kulykiv = communities[KulykivHromada];

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        Link(lviv, "Львівська міська рада");
        Link(vinnytsia, "Вінницька міська рада");
        Link(kulykiv, ReadinessDemoData.Kulykiv);

        Profile(lviv, 717_273, "https://city-adm.lviv.ua", "info@city-adm.lviv.ua", "+380 32 297 57 95", "пл. Ринок, 1, Львів, 79008",
            "Обласний центр, один із лідерів цифровізації міських послуг: ЦНАП, відкриті дані, електронні петиції.");
        Profile(vinnytsia, 369_739, "https://www.vmr.gov.ua", "vmr@vmr.gov.ua", "+380 432 59 50 12", "вул. Соборна, 59, Вінниця, 21050",
            "Місто з власним муніципальним центром е-урядування.");
        Profile(kulykiv, 21_000, "https://kulykivska-gromada.gov.ua", null, null, "смт Куликів, Львівський район", "Селищна громада на півночі Львівщини.");

        var members = await db.Users.Where(u => u.Email != null && u.Email.EndsWith("@" + DemoData.EmailDomain))
            .ToDictionaryAsync(u => u.Email!.Split('@')[0], u => u, cancellationToken);
        if (members.TryGetValue("citymanager", out var manager))
        {
            db.CityManagers.Add(CityManager.Grant(lviv.Id, manager.Id, null, now));
            News(lviv, manager.Id, "Нові е-послуги в ЦНАП", "Відтепер довідку про склад сім'ї можна замовити онлайн і отримати в ЦНАП за один візит.", now.AddDays(-6));
            News(lviv, manager.Id, "Відкриті дані: бюджет громади", "Оприлюднено набори даних про виконання бюджету за квартал у форматі CSV.", now.AddDays(-2));
            News(kulykiv, manager.Id, "Громада долучилася до оцінювання е-готовності", "Селищна рада заповнює анкету оцінювання 2026 року.", now.AddDays(-9));
        }
        foreach (var local in new[] { "learner", "member1" })
        {
            if (members.TryGetValue(local, out var member)) db.CertifiedStaffConsents.Add(CertifiedStaffConsent.Give(member.Id, now));
        }
        if (members.TryGetValue("member1", out var member1))
            await CertifyAsync(member1, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        void Link(Community community, string organisation)
        {
            if (organisations.TryGetValue(organisation, out var id)) db.CityOrganisations.Add(CityOrganisation.Link(community.Id, id));
        }
    }

    private Community Add(string uk, string en, CommunityKind kind, string code, Community? parent)
    {
        var community = Community.Create(uk, en, kind, code, parent).Value;
        db.Communities.Add(community);
        return community;
    }

    private void Profile(Community community, int population, string website, string? email, string? phone, string address, string about)
    {
        var profile = CityProfile.Empty(community.Id, clock.GetUtcNow());
        profile.Update(new CityProfileFields { Population = population, Website = website, Email = email, Phone = phone, Address = address, About = about }, null, clock.GetUtcNow());
        db.CityProfiles.Add(profile);
    }

    private void News(Community community, Guid authorId, string title, string body, DateTimeOffset at) =>
        db.CityNews.Add(CityNews.Post(community.Id, title, body, authorId, at).Value);

    /// <summary>The Lviv council's member completed the short course, so the Lviv cabinet lists certified staff too.</summary>
    private async Task CertifyAsync(Member member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Title == LearningDemoData.ShortCourseTitle, cancellationToken);
        if (course is null || await db.Certificates.AnyAsync(c => c.LearnerId == member.Id, cancellationToken)) return;
        var issuedOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-12);
        var last = await db.Certificates.Where(c => c.Prefix == course.CertificatePrefix && c.Year == issuedOn.Year).MaxAsync(c => (int?)c.Sequence, cancellationToken) ?? 0;
        var number = CertificateNumber.Create(course.CertificatePrefix, issuedOn.Year, last + 1).Value;
        db.Certificates.Add(Certificate.Issue(number, VerificationCode.New(), CertificateKind.CourseCompletion, member.Id, HolderName.Create(member.FullName).Value,
            course, null, issuedOn, null, now));
    }
}
