namespace EGov.Collab.Domain.Notifications;

/// <summary>A member's choice for one type of notification: by email or only under the bell.</summary>
public sealed class NotificationPreference
{
    public const int TypeMaxLength = Notification.TextKeyMaxLength;

    private NotificationPreference()
    {
        Type = "";
    }

    public Guid MemberId { get; private set; }
    /// <summary>The notification type's key (the text key of its notifications).</summary>
    public string Type { get; private set; }
    public bool ByEmail { get; private set; }

    public static NotificationPreference Create(Guid memberId, string type, bool byEmail)
    {
        if (memberId == Guid.Empty) throw new ArgumentException("A preference needs a member.", nameof(memberId));
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        if (type.Length > TypeMaxLength) throw new ArgumentException("Type too long.", nameof(type));
        return new NotificationPreference { MemberId = memberId, Type = type, ByEmail = byEmail };
    }

    public void Change(bool byEmail) => ByEmail = byEmail;
}
