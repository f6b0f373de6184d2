using EGov.Collab.App.Common;

namespace EGov.Collab.App.Journal;

/// <summary>
/// Refuses to start outside Development without Portal:PublicUrl: the newsletter, the feed and every mail would
/// otherwise carry links to nowhere (or to whatever host a request claimed).
/// </summary>
public sealed class PublicUrlCheck(PublicLinks links) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = links.BaseUrl; // throws when the address is missing outside Development
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
