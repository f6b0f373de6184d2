namespace EGov.Collab.App.Contest;

/// <summary>
/// Told after a nomination's results are published and saved (the depository of best practices takes the winners in).
/// A listener that fails is logged; the publication stands.
/// </summary>
public interface IContestResultsListener
{
    Task ResultsPublishedAsync(Guid nominationId, CancellationToken cancellationToken);
}
