using EGov.Collab.Domain.Common.Documents;

namespace EGov.Collab.App.Common.Documents;

/// <summary>What the extractor made of one file: the pages it read, and why it stopped when it did not finish.</summary>
public sealed record ExtractionOutcome(ExtractionStatus Status, IReadOnlyList<DocumentPage> Pages, int? PageCount, string? Note)
{
    public static ExtractionOutcome Failed(string note) => new(ExtractionStatus.Failed, [], null, note);
}
