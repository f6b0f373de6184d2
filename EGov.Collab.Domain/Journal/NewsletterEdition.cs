using System.Text.Json;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Journal;

/// <summary>One audience × language edition of an issue: its items (kept as they were at generation) and an editable introduction.</summary>
public sealed class NewsletterEdition
{
    public const int IntroductionMaxLength = 4000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private NewsletterEdition()
    {
        Language = NewsletterLanguages.Ukrainian;
        Introduction = "";
        ItemsJson = "[]";
    }

    public Guid Id { get; private set; }
    public Guid IssueId { get; private set; }
    public SubscriberAudience Audience { get; private set; }
    public string Language { get; private set; }
    public string Introduction { get; private set; }
    public string ItemsJson { get; private set; }
    public int ItemCount { get; private set; }

    public EditionContent Content => new(Audience, Language, JsonSerializer.Deserialize<List<NewsletterSection>>(ItemsJson, Json) ?? []);

    internal static NewsletterEdition Create(Guid issueId, EditionContent content) => new()
    {
        Id = Guid.CreateVersion7(),
        IssueId = issueId,
        Audience = content.Audience,
        Language = content.Language,
        ItemsJson = JsonSerializer.Serialize(content.Sections, Json),
        ItemCount = content.ItemCount,
    };

    public Result EditIntroduction(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length > IntroductionMaxLength) return JournalErrors.IntroductionTooLong;
        Introduction = trimmed;
        return Result.Success();
    }
}
