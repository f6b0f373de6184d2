using EGov.Collab.App.Mail;

namespace EGov.Collab.App.Notifications;

/// <summary>
/// The one way a module tells members something: always under the bell, and by email when the member's preference for
/// <paramref name="type"/> says so. A failing mail never undoes the notification.
/// </summary>
public interface INotifier
{
    /// <param name="link">A local path ("/journal/my").</param>
    /// <param name="mail">The module's own mail for this member, when it has a richer one; else a mail of the notification's text and link.</param>
    Task NotifyAsync(Guid memberId, NotificationType type, IReadOnlyList<string> arguments, string link, PortalMail? mail = null, CancellationToken cancellationToken = default);

    Task NotifyAsync(IReadOnlyCollection<Guid> memberIds, NotificationType type, IReadOnlyList<string> arguments, string link, CancellationToken cancellationToken = default);
}
