using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Drafting;

/// <summary>The audit actions of the drafting module (also keys of their labels in the audit log).</summary>
public static class DraftingAudit
{
    public const string GroupCreated = "drafting.group-created";
    public const string MemberJoined = "drafting.member-joined";
    public const string MemberLeft = "drafting.member-left";
    public const string RoleChanged = "drafting.role-changed";
    public const string DraftCreated = "drafting.draft-created";
    public const string AmendmentAccepted = "drafting.amendment-accepted";
    public const string AmendmentRejected = "drafting.amendment-rejected";
    public const string AmendmentWithdrawn = "drafting.amendment-withdrawn";
    public const string VersionNamed = "drafting.version-named";
    public const string VersionRestored = "drafting.version-restored";
    public const string ConsultationOpened = "drafting.consultation-opened";
    public const string ConsultationClosed = "drafting.consultation-closed";

    public static AuditEntry Record(Guid? actorId, string action, string subject, string? before, string? after, DateTimeOffset now) =>
        AuditEntry.Record(actorId, ModuleKey.Drafting, action, subject, before, after, now);

    public static string Group(Guid id) => $"working-group:{id}";

    public static string Draft(Guid id) => $"draft:{id}";
}
