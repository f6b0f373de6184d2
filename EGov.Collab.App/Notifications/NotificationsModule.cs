using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EGov.Collab.App.Notifications;

public static class NotificationsModule
{
    /// <summary>In-app notifications (the bell, /notifications) that any module can send through <see cref="NotificationCenter"/>.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton<NotificationCenter>();
        services.TryAddSingleton<INotifier>(sp => sp.GetRequiredService<NotificationCenter>());
        return services;
    }
}
