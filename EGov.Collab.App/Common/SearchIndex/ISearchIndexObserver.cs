using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>Hears that an item was re-indexed (what a module publishes reaches the index right after it is saved).</summary>
public interface ISearchIndexObserver
{
    Task IndexedAsync(ModuleKey module, string itemId, bool isPublic);
}
