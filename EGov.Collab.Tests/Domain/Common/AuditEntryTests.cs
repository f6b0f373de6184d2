using EGov.Collab.Domain.Common;

namespace EGov.Collab.Tests.Domain.Common;

public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Record_ShortValues_KeptAsGiven()
    {
        var actor = Guid.CreateVersion7();

        var entry = AuditEntry.Record(actor, ModuleKey.Drafting, "roles.granted", "member:42", "before", "after", Now);

        Assert.NotEqual(Guid.Empty, entry.Id);
        Assert.Equal(actor, entry.ActorId);
        Assert.Equal(ModuleKey.Drafting, entry.Module);
        Assert.Equal("roles.granted", entry.Action);
        Assert.Equal("member:42", entry.Subject);
        Assert.Equal("before", entry.Before);
        Assert.Equal("after", entry.After);
        Assert.Equal(Now, entry.At);
    }

    [Fact]
    public void Record_NoActorNoModuleNoSummaries_Allowed()
    {
        var entry = AuditEntry.Record(null, null, "portal.started", "portal", null, null, Now);

        Assert.Null(entry.ActorId);
        Assert.Null(entry.Module);
        Assert.Null(entry.Before);
        Assert.Null(entry.After);
    }

    [Fact]
    public void Record_ValuesAtLimit_NotTruncated()
    {
        var summary = new string('я', AuditEntry.SummaryMaxLength);

        var entry = AuditEntry.Record(null, null, new string('a', AuditEntry.ActionMaxLength), new string('s', AuditEntry.SubjectMaxLength), summary, summary, Now);

        Assert.Equal(AuditEntry.ActionMaxLength, entry.Action.Length);
        Assert.Equal(AuditEntry.SubjectMaxLength, entry.Subject.Length);
        Assert.Equal(summary, entry.Before);
    }

    [Fact]
    public void Record_LongValues_TruncatedToLimitWithEllipsis()
    {
        var entry = AuditEntry.Record(
            null, null, new string('a', 500), new string('s', 500), new string('б', 10_000), new string('п', AuditEntry.SummaryMaxLength + 1), Now);

        Assert.Equal(AuditEntry.ActionMaxLength, entry.Action.Length);
        Assert.Equal(AuditEntry.SubjectMaxLength, entry.Subject.Length);
        Assert.Equal(AuditEntry.SummaryMaxLength, entry.Before!.Length);
        Assert.Equal(AuditEntry.SummaryMaxLength, entry.After!.Length);
        Assert.EndsWith("…", entry.Action, StringComparison.Ordinal);
        Assert.EndsWith("…", entry.Subject, StringComparison.Ordinal);
        Assert.EndsWith("…", entry.Before, StringComparison.Ordinal);
        Assert.StartsWith(new string('б', AuditEntry.SummaryMaxLength - 1), entry.Before, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "subject")]
    [InlineData(" ", "subject")]
    [InlineData("action", "")]
    [InlineData("action", "  ")]
    public void Record_BlankActionOrSubject_Throws(string action, string subject) =>
        Assert.ThrowsAny<ArgumentException>(() => AuditEntry.Record(null, null, action, subject, null, null, Now));
}
