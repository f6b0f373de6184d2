using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Admin;

/// <summary>The audit actions the administration area writes. Each is also the key of its label in AdminResource.</summary>
public static class AdminAuditActions
{
    public const string EmailConfirmed = "members.email-confirmed";
    public const string MemberLocked = "members.locked";
    public const string MemberUnlocked = "members.unlocked";
    public const string AdministratorAdded = "members.administrator-added";
    public const string AdministratorRemoved = "members.administrator-removed";
    public const string RoleGranted = "roles.granted";
    public const string RoleRevoked = "roles.revoked";
    public const string OrganisationCreated = "organisations.created";
    public const string OrganisationUpdated = "organisations.updated";
    public const string OrganisationApproved = "organisations.approved";
    public const string OrganisationRejected = "organisations.rejected";
    public const string ModuleHandedOver = "modules.handed-over";

    public static readonly IReadOnlyList<string> All =
    [
        EmailConfirmed, MemberLocked, MemberUnlocked, AdministratorAdded, AdministratorRemoved, RoleGranted, RoleRevoked,
        OrganisationCreated, OrganisationUpdated, OrganisationApproved, OrganisationRejected, ModuleHandedOver,
    ];
}

/// <summary>How audit entries name what they concern, and the before/after summaries they keep.</summary>
public static class AuditSubjects
{
    public const string MemberPrefix = "member:";
    public const string OrganisationPrefix = "organisation:";
    public const string ModulePrefix = "module:";

    private static readonly JsonSerializerOptions SummaryOptions = new()
    {
        // Names stay readable in the log (Cyrillic as text, not \u escapes); the log is shown HTML-encoded anyway.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Cyrillic, UnicodeRanges.GeneralPunctuation),
    };

    public static string Member(Guid id) => MemberPrefix + id.ToString("D");

    public static string Organisation(Guid id) => OrganisationPrefix + id.ToString("D");

    public static string Module(ModuleKey module) => ModulePrefix + module.Slug();

    /// <summary>The kind of thing a subject names: the part before its colon ("draft" of "draft:0190…"), or the whole subject.</summary>
    public static string KindOf(string subject)
    {
        var colon = subject.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? subject : subject[..colon];
    }

    public static string Summary<T>(T value) => JsonSerializer.Serialize(value, SummaryOptions);

    /// <summary>The admin page an audit subject points at, or null when there is none.</summary>
    public static string? LinkFor(string subject)
    {
        if (subject.StartsWith(MemberPrefix, StringComparison.Ordinal) && Guid.TryParse(subject.AsSpan(MemberPrefix.Length), out var member))
            return $"/admin/members/{member:D}";
        if (subject.StartsWith(OrganisationPrefix, StringComparison.Ordinal) && Guid.TryParse(subject.AsSpan(OrganisationPrefix.Length), out var organisation))
            return $"/admin/organisations?id={organisation:D}";
        if (subject.StartsWith(ModulePrefix, StringComparison.Ordinal)) return "/admin/modules";
        return null;
    }
}
