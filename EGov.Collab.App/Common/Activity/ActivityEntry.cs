using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Common.Activity;

/// <summary>
/// One public happening for the home page: a thing published or changed in a module, or an event (contest results).
/// </summary>
/// <param name="Titles">The title by language ("uk", and "en" when the module has one).</param>
/// <param name="EventKey">A SharedResource key naming the event; null reads as the module's name.</param>
public sealed record ActivityEntry(ModuleKey Module, string ItemId, IReadOnlyDictionary<string, string> Titles, string Url, DateTimeOffset At, string? EventKey = null)
{
    public string Title(bool english) => english && Titles.TryGetValue("en", out var en) ? en : Titles.GetValueOrDefault("uk") ?? Titles.Values.First();

    /// <summary>The language of <see cref="Title"/> when it differs from the page's (an English page showing a Ukrainian title), else null.</summary>
    public string? TitleLanguage(bool english) => english && !Titles.ContainsKey("en") ? "uk" : null;
}

/// <summary>Public events that the search index does not hold (a module registers one as <c>AddScoped&lt;IActivitySource, …&gt;</c>).</summary>
public interface IActivitySource
{
    Task<IReadOnlyList<ActivityEntry>> RecentAsync(int count, CancellationToken cancellationToken);
}

/// <summary>Something public may have changed; every open home page re-reads (a newer signal says the same, so it may be dropped).</summary>
public sealed record PortalActivityChanged(DateTimeOffset At) : Live.IDroppableLiveMessage;
