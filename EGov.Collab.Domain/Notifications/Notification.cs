using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Notifications;

/// <summary>
/// Something a member should know about (mentioned in a discussion, an application decided …). The text is a
/// localisation key plus arguments, so it reads in the member's language whenever it is shown.
/// </summary>
public sealed class Notification
{
    public const int TextKeyMaxLength = 100;
    public const int ArgumentsMaxLength = 1000;
    public const int LinkMaxLength = 500;
    private const char Separator = '\u001f';

    private Notification()
    {
        TextKey = "";
        Link = "";
    }

    public Guid Id { get; private set; }
    public Guid MemberId { get; private set; }
    public ModuleKey? Module { get; private set; }
    public string TextKey { get; private set; }
    /// <summary>The format arguments, joined by the unit separator.</summary>
    public string? Arguments { get; private set; }
    /// <summary>A local URL (starting with /) to the thing the notification is about.</summary>
    public string Link { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public IReadOnlyList<string> ArgumentList => string.IsNullOrEmpty(Arguments) ? [] : Arguments.Split(Separator);

    public static Notification Create(Guid memberId, ModuleKey? module, string textKey, IReadOnlyList<string> arguments, string link, DateTimeOffset now)
    {
        if (memberId == Guid.Empty) throw new ArgumentException("A notification needs a member.", nameof(memberId));
        ArgumentException.ThrowIfNullOrWhiteSpace(textKey);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)) throw new ArgumentException("A notification links inside the portal.", nameof(link));
        var joined = string.Join(Separator, arguments.Select(a => a.Replace(Separator, ' ')));
        return new Notification
        {
            Id = Guid.CreateVersion7(),
            MemberId = memberId,
            Module = module,
            TextKey = textKey.Length <= TextKeyMaxLength ? textKey : throw new ArgumentException("Key too long.", nameof(textKey)),
            Arguments = joined.Length == 0 ? null : joined.Length <= ArgumentsMaxLength ? joined : joined[..ArgumentsMaxLength],
            Link = link.Length <= LinkMaxLength ? link : link[..LinkMaxLength],
            CreatedAt = now,
        };
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

/// <summary>A member's choice of how to be told: in the portal always, by email when <see cref="ByEmail"/>.</summary>
public sealed class NotificationSettings
{
    private NotificationSettings()
    {
    }

    public Guid MemberId { get; private set; }
    public bool ByEmail { get; private set; }

    public static NotificationSettings Create(Guid memberId, bool byEmail) => new() { MemberId = memberId, ByEmail = byEmail };

    public void Change(bool byEmail) => ByEmail = byEmail;
}
