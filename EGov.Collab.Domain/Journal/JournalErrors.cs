using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Journal;

/// <summary>Refusals in the journal and newsletter. Codes are keys of JournalResource.</summary>
public static class JournalErrors
{
    public static readonly Error TitleRequired = new("Journal.Error.TitleRequired", "Title");
    public static readonly Error TitleTooLong = new("Journal.Error.TitleTooLong", "Title");
    public static readonly Error SummaryTooLong = new("Journal.Error.SummaryTooLong", "Summary");
    public static readonly Error BodyRequired = new("Journal.Error.BodyRequired", "Body");
    public static readonly Error BodyTooLong = new("Journal.Error.BodyTooLong", "Body");
    public static readonly Error SectionRequired = new("Journal.Error.SectionRequired", "Section");
    public static readonly Error TooManyTags = new("Journal.Error.TooManyTags", "Tags");
    public static readonly Error ReasonRequired = new("Journal.Error.ReasonRequired", "Reason");
    public static readonly Error NotInModeration = new("Journal.Error.NotInModeration");
    public static readonly Error NotEditableByAuthor = new("Journal.Error.NotEditableByAuthor");
    public static readonly Error ArticleNotFound = new("Journal.Error.ArticleNotFound");
    public static readonly Error CoverTooLarge = new("Journal.Error.CoverTooLarge", "Cover");
    public static readonly Error CoverNotImage = new("Journal.Error.CoverNotImage", "Cover");

    public static readonly Error EmailInvalid = new("Journal.Error.EmailInvalid", "Email");
    public static readonly Error AlreadySubscribed = new("Journal.Error.AlreadySubscribed", "Email");
    public static readonly Error LanguageInvalid = new("Journal.Error.LanguageInvalid", "Language");
    public static readonly Error LinkInvalid = new("Journal.Error.LinkInvalid");
    public static readonly Error RegionInvalid = new("Journal.Error.RegionInvalid", "Region");
    public static readonly Error SegmentInvalid = new("Journal.Error.SegmentInvalid", "Segment");

    public static readonly Error CronInvalid = new("Journal.Error.CronInvalid", "Cron");
    public static readonly Error IntroductionTooLong = new("Journal.Error.IntroductionTooLong", "Introduction");
    public static readonly Error IssueNotDraft = new("Journal.Error.IssueNotDraft");
    public static readonly Error IssueNotFound = new("Journal.Error.IssueNotFound");
    public static readonly Error TestSendNoAddress = new("Journal.Error.TestSendNoAddress");
    public static readonly Error TestSendTooOften = new("Journal.Error.TestSendTooOften");
    public static readonly Error TestSendFailed = new("Journal.Error.TestSendFailed");
}
