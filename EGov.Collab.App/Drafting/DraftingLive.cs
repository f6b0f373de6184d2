using EGov.Collab.App.Live;

namespace EGov.Collab.App.Drafting;

/// <summary>What changed on a draft's overview (amendments, responses, comments, versions, consultation).</summary>
public sealed record DraftActivity(Guid DraftId, string What);

/// <summary>Publishes and subscribes to one draft's activity, so every open overview re-renders.</summary>
public sealed class DraftingLive(ILiveBus bus)
{
    public static string Topic(Guid draftId) => $"drafting.draft.{draftId}";

    public Task PublishAsync(Guid draftId, string what) => bus.PublishAsync(Topic(draftId), new DraftActivity(draftId, what));

    public IDisposable Subscribe(Guid draftId, Func<DraftActivity, Task> handler) =>
        bus.Subscribe(Topic(draftId), message => message is DraftActivity activity ? handler(activity) : Task.CompletedTask);
}
