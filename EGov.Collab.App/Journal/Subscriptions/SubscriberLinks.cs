using Microsoft.AspNetCore.WebUtilities;

namespace EGov.Collab.App.Journal.Subscriptions;

/// <summary>A subscriber's own links in a newsletter: preferences, unsubscribe page, and the RFC 8058 one-click address.</summary>
public sealed record SubscriberLinkSet(string Manage, string Unsubscribe, string OneClick);

public sealed class SubscriberLinks(SubscriberTokens tokens, JournalLinks links)
{
    public SubscriberLinkSet For(Guid subscriberId)
    {
        var token = tokens.Create(subscriberId, SubscriberTokenPurpose.Manage);
        return new SubscriberLinkSet(
            QueryHelpers.AddQueryString(links.Absolute("/journal/subscription"), "token", token),
            QueryHelpers.AddQueryString(links.Absolute("/journal/unsubscribe"), "token", token),
            QueryHelpers.AddQueryString(links.Absolute("/journal/unsubscribe/one-click"), "token", token));
    }
}
