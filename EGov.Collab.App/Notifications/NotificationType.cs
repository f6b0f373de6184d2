using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Notifications;

/// <summary>
/// A kind of notification a member can choose to get by email. <see cref="Key"/> is its text key in
/// NotificationsResource (format arguments in the order the caller passes them) and, with a ".Label" suffix, its name
/// on the preferences page.
/// </summary>
public sealed record NotificationType(string Key, ModuleKey Module, bool MailByDefault)
{
    public string LabelKey => Key + ".Label";
}

/// <summary>The catalogue shown on /notifications/preferences.</summary>
public static class NotificationTypes
{
    /// <summary>Invited to a working group or a draft. Arguments: what to.</summary>
    public static readonly NotificationType DraftingInvited = new("Notify.Drafting.Invited", ModuleKey.Drafting, true);

    /// <summary>An amendment one proposed was decided. Arguments: the draft, the decision.</summary>
    public static readonly NotificationType DraftingAmendmentDecided = new("Notify.Drafting.AmendmentDecided", ModuleKey.Drafting, true);

    /// <summary>A consultation one takes part in closes soon (the amendment deadline reminder, mailed to all before it had a preference). Arguments: the draft, the closing date.</summary>
    public static readonly NotificationType DraftingConsultationClosing = new("Notify.Drafting.ConsultationClosing", ModuleKey.Drafting, true);

    /// <summary>A readiness questionnaire was returned for correction. Arguments: the body, the year.</summary>
    public static readonly NotificationType ReadinessReturned = new("Notify.Readiness.Returned", ModuleKey.Readiness, true);

    /// <summary>A readiness questionnaire was verified. Arguments: the body, the year.</summary>
    public static readonly NotificationType ReadinessVerified = new("Notify.Readiness.Verified", ModuleKey.Readiness, true);

    /// <summary>The campaign's deadline is near and one's questionnaire is not submitted. Arguments: the body, the year, the deadline.</summary>
    public static readonly NotificationType ReadinessDeadlineSoon = new("Notify.Readiness.DeadlineSoon", ModuleKey.Readiness, true);

    /// <summary>A contest entry was screened. Arguments: the entry, the outcome.</summary>
    public static readonly NotificationType ContestEntryScreened = new("Notify.Contest.EntryScreened", ModuleKey.Contest, true);

    /// <summary>A contest's results are published. Arguments: the contest.</summary>
    public static readonly NotificationType ContestResults = new("Notify.Contest.Results", ModuleKey.Contest, true);

    /// <summary>An editor decided on a journal submission. Arguments: the title, the new status.</summary>
    public static readonly NotificationType JournalSubmissionDecided = new("Notify.Journal.SubmissionDecided", ModuleKey.Journal, true);

    /// <summary>A learning certificate was issued. Arguments: the course, the certificate number.</summary>
    public static readonly NotificationType LearningCertificateIssued = new("Notify.Learning.CertificateIssued", ModuleKey.Learning, true);

    public static IReadOnlyList<NotificationType> All { get; } =
    [
        DraftingInvited, DraftingAmendmentDecided, DraftingConsultationClosing, ReadinessReturned, ReadinessVerified, ReadinessDeadlineSoon,
        ContestEntryScreened, ContestResults, JournalSubmissionDecided, LearningCertificateIssued,
    ];

    public static NotificationType? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
