using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Journal;

/// <summary>
/// Who an issue is sent to: subscribers whose audience, language and region are among the chosen ones. An empty list
/// means "any" (an editor who ticks nothing has not meant "nobody"); a region filter leaves out subscribers who gave
/// no region, since nobody can say they live there.
/// </summary>
public sealed class NewsletterSegment
{
    /// <summary>The stored form's longest length: every audience, language and region named once.</summary>
    public const int StoredMaxLength = 1000;

    public static readonly NewsletterSegment Everyone = new([], [], []);

    private NewsletterSegment(IReadOnlyList<SubscriberAudience> audiences, IReadOnlyList<string> languages, IReadOnlyList<string> regionCodes)
    {
        Audiences = audiences;
        Languages = languages;
        RegionCodes = regionCodes;
    }

    public IReadOnlyList<SubscriberAudience> Audiences { get; }
    public IReadOnlyList<string> Languages { get; }
    public IReadOnlyList<string> RegionCodes { get; }

    public bool IsEveryone => Audiences.Count == 0 && Languages.Count == 0 && RegionCodes.Count == 0;

    /// <summary>Duplicates are dropped and the order made canonical, so the same choice always reads and stores the same.</summary>
    public static Result<NewsletterSegment> Create(IEnumerable<SubscriberAudience>? audiences, IEnumerable<string>? languages, IEnumerable<string>? regionCodes)
    {
        var audienceList = (audiences ?? []).Distinct().Order().ToList();
        var languageList = (languages ?? []).Select(l => l?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        var regionList = (regionCodes ?? []).Select(r => r?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (audienceList.Any(a => !Enum.IsDefined(a)) || languageList.Any(l => !NewsletterLanguages.IsKnown(l)) || regionList.Any(r => !Regions.Exists(r)))
            return JournalErrors.SegmentInvalid;
        return new NewsletterSegment(
            audienceList,
            NewsletterLanguages.All.Where(languageList.Contains).ToList(),
            Regions.All.Select(r => r.Code).Where(regionList.Contains).ToList());
    }

    public bool Matches(SubscriberAudience audience, string language, string? regionCode) =>
        (Audiences.Count == 0 || Audiences.Contains(audience))
        && (Languages.Count == 0 || Languages.Contains(language, StringComparer.Ordinal))
        && (RegionCodes.Count == 0 || (regionCode is not null && RegionCodes.Contains(regionCode, StringComparer.Ordinal)));

    public bool Matches(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return Matches(subscriber.Audience, subscriber.Language, subscriber.RegionCode);
    }

    /// <summary>"a=Media,Public;l=uk;r=UA46…": null for everyone, so issues sent before segments read as sent to all.</summary>
    public string? ToStored() => IsEveryone
        ? null
        : $"a={string.Join(',', Audiences)};l={string.Join(',', Languages)};r={string.Join(',', RegionCodes)}";

    /// <summary>Reads <see cref="ToStored"/>'s form; null, empty or unreadable is everyone.</summary>
    public static NewsletterSegment FromStored(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored)) return Everyone;
        var parts = stored.Split(';').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].Split(',', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var audiences = parts.GetValueOrDefault("a", []).Select(a => Enum.TryParse<SubscriberAudience>(a, out var parsed) ? parsed : (SubscriberAudience)0);
        var read = Create(audiences, parts.GetValueOrDefault("l", []), parts.GetValueOrDefault("r", []));
        return read.IsSuccess ? read.Value : Everyone;
    }
}
