namespace EGov.Collab.Domain.Common;

/// <summary>Who changed what and when. Written once, never changed.</summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 100;
    public const int SubjectMaxLength = 200;
    public const int SummaryMaxLength = 4000;

    private AuditEntry()
    {
        Action = "";
        Subject = "";
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ActorId { get; private set; }
    public ModuleKey? Module { get; private set; }
    /// <summary>A stable machine name, e.g. "roles.granted"; also the localisation key of its label.</summary>
    public string Action { get; private set; }
    /// <summary>What was changed, e.g. "member:0190…" or "organisation:0190…".</summary>
    public string Subject { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }

    public static AuditEntry Record(Guid? actorId, ModuleKey? module, string action, string subject, string? before, string? after, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = now,
            ActorId = actorId,
            Module = module,
            Action = Truncate(action, ActionMaxLength)!,
            Subject = Truncate(subject, SubjectMaxLength)!,
            Before = Truncate(before, SummaryMaxLength),
            After = Truncate(after, SummaryMaxLength),
        };
    }

    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "…");
}
