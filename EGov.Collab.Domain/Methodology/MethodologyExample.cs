using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Methodology;

/// <summary>A method or guideline, or an example of a strategy or programme, with the level, region (KATOTTG), year and topic it is filtered by.</summary>
public sealed class MethodologyExample
{
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 4000;
    public const int TopicMaxLength = 100;
    public const int MinYear = 1991;
    public const int MaxYear = 2100;

    private MethodologyExample()
    {
        Title = "";
        Summary = "";
        Topic = "";
    }

    public Guid Id { get; private set; }
    public ExampleKind Kind { get; private set; }
    public string Title { get; private set; }
    public string Summary { get; private set; }
    public MethodologyLevel Level { get; private set; }

    /// <summary>The KATOTTG code of the oblast (regional and community examples).</summary>
    public string? RegionCode { get; private set; }

    /// <summary>The territorial community (community examples), for its city cabinet.</summary>
    public Guid? CommunityId { get; private set; }
    public int Year { get; private set; }
    public string Topic { get; private set; }
    public string? Url { get; private set; }
    public Guid? AuthorId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<MethodologyExample> Create(ExampleKind kind, string title, string? summary, MethodologyLevel level, string? regionCode,
        Guid? communityId, int year, string topic, string? url, Guid? authorId, DateTimeOffset now)
    {
        title = (title ?? "").Trim();
        summary = (summary ?? "").Trim();
        topic = (topic ?? "").Trim();
        regionCode = string.IsNullOrWhiteSpace(regionCode) ? null : regionCode.Trim();
        url = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (!Enum.IsDefined(kind)) return CommonErrors.Invalid("kind");
        if (!Enum.IsDefined(level)) return CommonErrors.Invalid("level");
        if (title.Length == 0) return CommonErrors.Required("title");
        if (title.Length > TitleMaxLength) return CommonErrors.TooLong("title");
        if (summary.Length > SummaryMaxLength) return CommonErrors.TooLong("summary");
        if (topic.Length == 0) return CommonErrors.Required("topic");
        if (topic.Length > TopicMaxLength) return CommonErrors.TooLong("topic");
        if (year is < MinYear or > MaxYear) return CommonErrors.Invalid("year");
        if (regionCode is not null && !Community.IsValidKatottg(regionCode)) return CommonErrors.Invalid("region");
        if (level != MethodologyLevel.National && regionCode is null) return CommonErrors.Required("region");
        if (url is not null && (url.Length > LegalAct.UrlMaxLength || !LegalAct.IsHttpUrl(url))) return MethodologyErrors.InvalidUrl;
        return new MethodologyExample
        {
            Id = Guid.CreateVersion7(), Kind = kind, Title = title, Summary = summary, Level = level, RegionCode = regionCode,
            CommunityId = communityId, Year = year, Topic = topic, Url = url, AuthorId = authorId, CreatedAt = now,
        };
    }
}
