namespace EGov.Collab.App.Notifications;

/// <summary>Marker for notification strings, including every module's notification texts (keys "Notification.&lt;Module&gt;.&lt;What&gt;").</summary>
public sealed class NotificationsResource;
