using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.App.Drafting;

public enum RedlineChange
{
    Same,
    Inserted,
    Deleted,
}

public sealed record RedlineSpan(RedlineChange Change, string Text);

/// <summary>One provision in a comparison: its number in the newer version (or the older, if deleted) and its word spans.</summary>
public sealed record RedlineProvision(Guid ProvisionId, ProvisionKind Kind, string Number, RedlineChange Change, IReadOnlyList<RedlineSpan> Spans);

/// <summary>
/// A word-level comparison of two versions (DiffPlex), provision by provision: provisions are matched by their stable
/// ids, so a moved article is compared with itself, and a deleted one is shown struck where it was.
/// </summary>
public static class Redline
{
    public static IReadOnlyList<RedlineProvision> Compare(DraftDocument older, DraftDocument newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var oldNumbers = LegalNumbering.Number(older);
        var newNumbers = LegalNumbering.Number(newer);
        var newIds = newer.Provisions.Select(p => p.Id).ToHashSet();
        var result = new List<RedlineProvision>();
        var pendingDeleted = new Queue<Provision>();
        var oldIndex = 0;
        foreach (var provision in newer.Provisions)
        {
            // Deleted provisions that stood before this one in the older text come first.
            var at = older.IndexOf(provision.Id);
            while (at >= 0 && oldIndex < at)
            {
                var candidate = older.Provisions[oldIndex++];
                if (!newIds.Contains(candidate.Id)) result.Add(Deleted(candidate, oldNumbers));
            }
            if (at >= 0) oldIndex = Math.Max(oldIndex, at + 1);
            var before = older.Find(provision.Id);
            result.Add(before is null
                ? new RedlineProvision(provision.Id, provision.Kind, newNumbers[provision.Id], RedlineChange.Inserted, [new RedlineSpan(RedlineChange.Inserted, provision.Text)])
                : Changed(before, provision, newNumbers[provision.Id]));
        }
        for (; oldIndex < older.Provisions.Count; oldIndex++)
        {
            var candidate = older.Provisions[oldIndex];
            if (!newIds.Contains(candidate.Id)) result.Add(Deleted(candidate, oldNumbers));
        }
        return result;
    }

    /// <summary>Spans of a word-level diff of two texts; neighbouring words of the same change are joined.</summary>
    public static IReadOnlyList<RedlineSpan> Words(string older, string newer)
    {
        var model = InlineDiffBuilder.Diff(older ?? "", newer ?? "", false, false, WordChunker.Instance);
        var spans = new List<RedlineSpan>();
        foreach (var piece in model.Lines)
        {
            var change = piece.Type switch
            {
                ChangeType.Inserted => RedlineChange.Inserted,
                ChangeType.Deleted => RedlineChange.Deleted,
                _ => RedlineChange.Same,
            };
            if (piece.Type == ChangeType.Imaginary || string.IsNullOrEmpty(piece.Text)) continue;
            if (spans.Count > 0 && spans[^1].Change == change) spans[^1] = spans[^1] with { Text = spans[^1].Text + piece.Text };
            else spans.Add(new RedlineSpan(change, piece.Text));
        }
        return spans;
    }

    /// <summary>The spans as plain text with markers, for PDF: [−deleted−] and [+inserted+].</summary>
    public static string Marked(IEnumerable<RedlineSpan> spans) =>
        string.Concat(spans.Select(s => s.Change switch
        {
            RedlineChange.Inserted => "[+" + s.Text + "+]",
            RedlineChange.Deleted => "[−" + s.Text + "−]",
            _ => s.Text,
        }));

    private static RedlineProvision Changed(Provision before, Provision after, string number) =>
        new(after.Id, after.Kind, number, RedlineChange.Same, Words(before.Text, after.Text));

    private static RedlineProvision Deleted(Provision provision, IReadOnlyDictionary<Guid, string> numbers) =>
        new(provision.Id, provision.Kind, numbers[provision.Id], RedlineChange.Deleted, [new RedlineSpan(RedlineChange.Deleted, provision.Text)]);
}
