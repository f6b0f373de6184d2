using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Common;
using EGov.Collab.App.Journal.Newsletter;
using EGov.Collab.App.Journal.Subscriptions;
using EGov.Collab.App.Live;
using EGov.Collab.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Journal;

public static class JournalModule
{
    /// <summary>The e-journal, citizen journalism, subscribers and the newsletter with its Hangfire jobs.</summary>
    public static IServiceCollection AddJournal(this IServiceCollection services)
    {
        services.AddNewsletterCore();
        services.AddScoped<JournalText>();
        services.AddScoped<ArticleService>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<JournalNotifications>();
        services.AddScoped<NewsletterSchedule>();
        services.AddScoped<INewsletterChunkScheduler, HangfireChunkScheduler>();
        services.AddTransient<NewsletterJob>();
        services.AddTransient<NewsletterChunkJob>();
        services.AddScoped<ISearchSource, JournalSearchSource>();
        services.AddHostedService<PublicUrlCheck>();
        services.AddHostedService<NewsletterStartup>();
        return services;
    }

    /// <summary>
    /// Subscriptions, generation, approval and sending without Hangfire or pages: what the portal, the SMTP tests and the
    /// benchmark share. The caller adds an <see cref="INewsletterChunkScheduler"/>, an IMailSender, data protection, a
    /// database, a clock and configuration; what the journal's rights and links stand on comes with it unless
    /// <see cref="CommonModule.AddCommon"/> registered it already.
    /// </summary>
    public static IServiceCollection AddNewsletterCore(this IServiceCollection services)
    {
        services.AddOptions<NewsletterOptions>().BindConfiguration(NewsletterOptions.SectionName);
        services.AddLocalization();
        services.AddOptions<Account.TwoFactor.TwoFactorOptions>();
        services.TryAddSingleton<ILiveBus, InProcessLiveBus>();
        services.TryAddSingleton<AccessChanges>();
        services.TryAddSingleton<PublicLinks>();
        services.TryAddSingleton<ModuleAccess>();
        services.AddSingleton<JournalAccess>();
        services.AddSingleton<JournalLinks>();
        services.AddSingleton<SubscriberTokens>();
        services.AddSingleton<SubscriberLinks>();
        services.AddScoped<SubscriptionService>();
        services.AddSingleton<SubscribeThrottle>();
        services.AddScoped<NewsletterGenerator>();
        services.AddScoped<NewsletterIssues>();
        services.AddScoped<NewsletterRenderer>();
        services.AddScoped<NewsletterDispatcher>();
        services.AddScoped<NewsletterTestSend>();
        services.AddSingleton<NewsletterTrackingTokens>();
        services.AddScoped<NewsletterTracking>();
        services.AddScoped<INewsletterSource, JournalNewsletterSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapJournal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/journal/feed.atom", async (IDbContextFactory<CollabDbContext> dbFactory, JournalLinks links, IStringLocalizer<JournalResource> l, CancellationToken cancellationToken) =>
            Results.Text(await AtomFeed.BuildAsync(dbFactory, links, l["Journal.Feed.Title"], cancellationToken), "application/atom+xml; charset=utf-8"));

        endpoints.MapGet("/journal/articles/{id:guid}/cover", async (Guid id, ArticleService articles, CancellationToken cancellationToken) =>
            await articles.CoverAsync(id, cancellationToken) is { } cover ? Results.File(cover.Image, cover.ContentType) : Results.NotFound());

        // RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here, with no cookie and no form token.
        endpoints.MapPost("/journal/unsubscribe/one-click", async ([FromQuery] string? token, SubscriptionService subscriptions, IStringLocalizer<JournalResource> l, CancellationToken cancellationToken) =>
        {
            var result = await subscriptions.UnsubscribeAsync(token, cancellationToken);
            return result.IsSuccess
                ? Results.Text(l["Unsubscribe.Done"], "text/plain; charset=utf-8")
                : Results.Text(l["Journal.Error.LinkInvalid"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }).DisableAntiforgery();
        endpoints.MapGet("/journal/unsubscribe/one-click", ([FromQuery] string? token) =>
            Results.Redirect("/journal/unsubscribe?token=" + Uri.EscapeDataString(token ?? "")));

        // The open pixel and tracked links of a consenting subscriber's mail. Counting happens only with consent (the
        // service checks); a token that is not ours answers 404 with a sentence, never an error page or a redirect.
        endpoints.MapGet("/journal/newsletter/open/{token}", async (string token, NewsletterTracking tracking, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (!await tracking.OpenAsync(token, cancellationToken)) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store, max-age=0";
            return Results.File(TransparentGif, "image/gif");
        });
        endpoints.MapGet("/journal/newsletter/click/{token}", async (string token, NewsletterTracking tracking, IStringLocalizer<JournalResource> l, HttpContext http, CancellationToken cancellationToken) =>
        {
            var url = await tracking.ClickAsync(token, cancellationToken);
            if (url is null) return Results.Text(l["Journal.Error.TrackedLinkInvalid"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            http.Response.Headers.CacheControl = "no-store, max-age=0";
            return Results.Redirect(url);
        });
        return endpoints;
    }

    /// <summary>A 1×1 transparent GIF: the open pixel.</summary>
    private static readonly byte[] TransparentGif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    /// <summary>Registers the recurring job once the database is ready, applying Newsletter:Cron/AutoSend overrides.</summary>
    private sealed class NewsletterStartup(IServiceScopeFactory scopes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NewsletterSchedule>().ApplyAtStartupAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
