using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.ExpertClub.Conversations;
using EGov.Collab.App.ExpertClub.Live;
using EGov.Collab.App.Jobs;
using EGov.Collab.App.Notifications;

namespace EGov.Collab.App.ExpertClub;

public static class ExpertClubModule
{
    /// <summary>The expert club: live topic sessions, rooms, membership, opinions, search, and the notifications it sends.</summary>
    public static IServiceCollection AddExpertClub(this IServiceCollection services)
    {
        services.AddNotifications();
        services.AddSingleton<ClubAccess>();
        services.AddOptions<TopicSessionOptions>().BindConfiguration(TopicSessionOptions.SectionName);
        services.AddSingleton<TopicSessions>();
        services.AddSingleton<ClubRooms>();
        services.AddSingleton<EGov.Collab.App.Learning.ICohortRooms, ClubCohortRooms>();
        services.AddSingleton<ClubFlags>();
        services.AddSingleton<ClubWatches>();
        services.AddSingleton<ClubAttachments>();
        services.AddSingleton<ClubConversations>();
        services.AddRecurringJob<ClubDigestJob>(ClubDigestJob.Id, ClubDigestJob.Cron, job => job.RunAsync(CancellationToken.None));
        services.AddSingleton<ClubMembership>();
        services.AddScoped<ClubSearch>();
        services.AddSingleton<ExpertOpinions>();
        services.AddTransient<ClubText>();
        services.AddScoped<ISearchSource, ClubSearchSource>();
        services.AddScoped<ISearchAudienceProvider, ClubSearchAudiences>();
        services.AddScoped<IDocumentTextListener, ClubDocumentTextListener>();
        return services;
    }

    public static IEndpointRouteBuilder MapExpertClub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/expert-club/attachments/{attachmentId:guid}", (Guid attachmentId, HttpContext http, ClubAttachments attachments) =>
            attachments.FileAsync(http.User, attachmentId, http.RequestAborted));
        return endpoints;
    }
}
