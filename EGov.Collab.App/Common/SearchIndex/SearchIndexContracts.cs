using System.Security.Claims;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Common.Search;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>
/// A module's content for the portal-wide index. Each module registers one
/// (<c>services.AddScoped&lt;ISearchSource, XxxSearchSource&gt;()</c>); the index asks it for everything on a rebuild and
/// for one item when that item changes.
/// </summary>
public interface ISearchSource
{
    ModuleKey Module { get; }

    /// <summary>Every searchable document of the module, for a full rebuild.</summary>
    IAsyncEnumerable<SearchItem> AllAsync(CancellationToken cancellationToken);

    /// <summary>The documents of one item as it is now; empty when it is gone or no longer searchable.</summary>
    Task<IReadOnlyList<SearchItem>> ItemAsync(string itemId, CancellationToken cancellationToken);
}

/// <summary>
/// What a module calls right after it saved a change (created, edited, published, withdrawn, deleted): the index re-reads
/// that item from the module's <see cref="ISearchSource"/> and replaces its documents.
/// </summary>
public interface ISearchIndexer
{
    Task RefreshAsync(ModuleKey module, string itemId, CancellationToken cancellationToken = default);
}

/// <summary>The audience keys (<see cref="SearchAudience"/>) a module grants one reader beyond public and members.</summary>
public interface ISearchAudienceProvider
{
    Task<IReadOnlyCollection<string>> AudiencesAsync(ClaimsPrincipal reader, CancellationToken cancellationToken);
}

/// <summary>Stands in until the portal-wide index is registered: changes are simply not indexed.</summary>
public sealed class NoSearchIndexer : ISearchIndexer
{
    public Task RefreshAsync(ModuleKey module, string itemId, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
