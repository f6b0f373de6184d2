using System.Text.RegularExpressions;
using EGov.Collab.App.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Support;

/// <summary>Reads links out of the mail the portal wrote to its outbox, as a member clicks them in their mailbox.</summary>
public static partial class OutboxLinks
{
    /// <summary>The newest mail to <paramref name="email"/> that holds a link to <paramref name="path"/>: its path and query.</summary>
    public static async Task<string> LinkToAsync(this PortalFactory portal, string email, string path)
    {
        var outbox = portal.Services.GetRequiredService<Outbox>();
        foreach (var item in outbox.List().Where(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase)))
        {
            var message = await outbox.ReadAsync(item.FileName);
            var link = Link().Matches(message?.TextBody ?? "").Select(m => new Uri(m.Value))
                .FirstOrDefault(uri => uri.AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase));
            if (link is not null) return link.PathAndQuery;
        }
        throw new InvalidOperationException($"No mail to {email} in the outbox links to {path}.");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
