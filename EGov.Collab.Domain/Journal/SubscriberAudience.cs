namespace EGov.Collab.Domain.Journal;

/// <summary>Who a subscriber is: each audience gets its own edition of the newsletter.</summary>
public enum SubscriberAudience
{
    Authorities = 1,
    Media = 2,
    Public = 3,
}

/// <summary>The audiences a piece of content is meant for (an article may be for authorities only).</summary>
[Flags]
public enum Audiences
{
    None = 0,
    Authorities = 1,
    Media = 2,
    Public = 4,
    All = Authorities | Media | Public,
}

public static class AudienceRules
{
    public static readonly IReadOnlyList<SubscriberAudience> All = Enum.GetValues<SubscriberAudience>();

    public static Audiences ToFlag(this SubscriberAudience audience) => audience switch
    {
        SubscriberAudience.Authorities => Audiences.Authorities,
        SubscriberAudience.Media => Audiences.Media,
        SubscriberAudience.Public => Audiences.Public,
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
    };

    /// <summary>Content with no audience chosen is for everyone: an editor who ticks nothing has not meant "nobody".</summary>
    public static bool Reaches(this Audiences target, SubscriberAudience audience) =>
        target == Audiences.None || (target & audience.ToFlag()) != 0;
}

/// <summary>The newsletter's languages: two-letter codes, Ukrainian first.</summary>
public static class NewsletterLanguages
{
    public const string Ukrainian = "uk";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Ukrainian, English];

    public static bool IsKnown(string? language) => language is Ukrainian or English;

    /// <summary>"uk-UA" → "uk"; anything unknown → Ukrainian.</summary>
    public static string FromCulture(string? culture) =>
        culture is not null && culture.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Ukrainian;
}
