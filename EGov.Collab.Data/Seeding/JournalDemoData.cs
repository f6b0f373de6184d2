using System.Net;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Journal;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// The e-journal's demo content: three sections, published articles, one citizen submission from contributor@ waiting
/// for the editors, and confirmed subscribers in each audience (plus one who has not confirmed yet). Idempotent.
/// </summary>
public sealed class JournalDemoData(CollabDbContext db, TimeProvider clock) : IModuleDemoData
{
    public const string PendingSubmissionTitle = "Як наша громада перейшла на електронні звернення";

    private static readonly (string Slug, string Uk, string En)[] Sections =
    [
        ("news", "Новини", "News"),
        ("cases", "Кейси громад", "Community cases"),
        ("opinions", "Думки", "Opinions"),
    ];

    private static readonly (string Section, string Title, string Summary, string[] Paragraphs, string Tags, int DaysAgo)[] Articles =
    [
        ("news", "Стартував національний конкурс кращих практик е-урядування",
            "Громади та органи влади можуть подати свої рішення до кінця місяця.",
            ["Цьогорічний конкурс приймає заявки в шести номінаціях: від е-послуг до відкритих даних.",
             "Журі оцінюватиме практичність, масштабованість і вплив на життя мешканців. Переможці потраплять до депозитарію кращих практик."],
            "конкурс, практики", 20),
        ("cases", "Вінниця: «прозорий офіс» онлайн за пів року",
            "Як міська рада перенесла в мережу дві третини адміністративних послуг.",
            ["Команда міської ради почала з аудиту послуг і черг. Найпопулярніші послуги перевели онлайн першими.",
             "Результат: середній час очікування скоротився втричі, а мешканці оцінюють сервіс на 4,6 з 5."],
            "послуги, вінниця, цнап", 12),
        ("opinions", "Чому відкриті дані — це про довіру, а не про технології",
            "Колонка експертки про культуру відкритості в органах влади.",
            ["Відкриті дані часто сприймають як технічне завдання. Насправді це зобов'язання перед громадою.",
             "Де набори даних оновлюються вчасно, там і довіра до рішень влади вища."],
            "відкриті дані, довіра", 5),
    ];

    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await db.JournalSections.AnyAsync(cancellationToken))
        {
            var position = 0;
            foreach (var (slug, uk, en) in Sections)
                db.JournalSections.Add(Section.Create(slug, uk, en, position++));
            await db.SaveChangesAsync(cancellationToken);
        }
        var sections = await db.JournalSections.ToDictionaryAsync(s => s.Slug, s => s.Id, cancellationToken);

        var editor = await db.Users.SingleOrDefaultAsync(u => u.Email == $"editor@{DemoData.EmailDomain}", cancellationToken);
        var contributor = await db.Users.SingleOrDefaultAsync(u => u.Email == $"contributor@{DemoData.EmailDomain}", cancellationToken);
        if (editor is not null && !await db.JournalArticles.AnyAsync(cancellationToken))
        {
            foreach (var article in Articles)
            {
                var published = Article.Publish(Content(sections[article.Section], article.Title, article.Summary, article.Paragraphs, article.Tags),
                    editor.Id, editor.FullName, now.AddDays(-article.DaysAgo));
                db.JournalArticles.Add(published.Value);
            }
            if (contributor is not null)
            {
                var submitted = Article.Submit(Content(sections["cases"], PendingSubmissionTitle,
                        "Досвід Куликівської громади: від паперу до порталу за три місяці.",
                        ["Ми почали з простого: онлайн-форма на сайті громади і відповідальна людина в раді.",
                         "За три місяці кількість електронних звернень зросла з нуля до половини всіх звернень."],
                        "звернення, громади"),
                    contributor.Id, contributor.FullName, now.AddDays(-1));
                db.JournalArticles.Add(submitted.Value);
            }
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.NewsletterSubscribers.AnyAsync(cancellationToken))
        {
            // Regions and the consent to counting opens and clicks vary, so segments and statistics have something to show.
            (string Email, SubscriberAudience Audience, string Language, bool Confirmed, string? Region, bool Tracking)[] subscribers =
            [
                ("digital@rada.subscribers.demo.egov.ua", SubscriberAudience.Authorities, NewsletterLanguages.Ukrainian, true, Regions.Kyiv.Code, true),
                ("cnap@city.subscribers.demo.egov.ua", SubscriberAudience.Authorities, NewsletterLanguages.Ukrainian, true, Regions.Lviv.Code, false),
                ("newsroom@media.subscribers.demo.egov.ua", SubscriberAudience.Media, NewsletterLanguages.Ukrainian, true, Regions.Kyiv.Code, true),
                ("correspondent@media.subscribers.demo.egov.ua", SubscriberAudience.Media, NewsletterLanguages.English, true, null, false),
                ("citizen@public.subscribers.demo.egov.ua", SubscriberAudience.Public, NewsletterLanguages.Ukrainian, true, Regions.Lviv.Code, true),
                ("reader@public.subscribers.demo.egov.ua", SubscriberAudience.Public, NewsletterLanguages.English, true, null, false),
                ("unconfirmed@public.subscribers.demo.egov.ua", SubscriberAudience.Public, NewsletterLanguages.Ukrainian, false, null, false),
            ];
            foreach (var (email, audience, language, confirmed, region, tracking) in subscribers)
            {
                var subscriber = Subscriber.Create(email, audience, language, null, now.AddDays(-30), region, tracking).Value;
                if (confirmed) subscriber.Confirm(now.AddDays(-30));
                db.NewsletterSubscribers.Add(subscriber);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static ArticleContent Content(Guid sectionId, string title, string summary, string[] paragraphs, string tags) =>
        new(sectionId, title, summary,
            string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>")),
            string.Join(' ', paragraphs),
            ArticleContent.ParseTags(tags),
            NewsletterLanguages.Ukrainian,
            Audiences.All);
}
