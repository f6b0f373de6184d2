using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Domain.Drafting;

/// <summary>
/// The operations that turn the current text back into an earlier one, so a restore is new history (credited,
/// broadcast, undoable) rather than a rewind. Provisions that still exist keep their ids (comments stay on them);
/// provisions deleted since come back under new ids.
/// </summary>
public static class DraftRestore
{
    public static IReadOnlyList<DraftOperation> Operations(DraftDocument current, DraftDocument target)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(target);
        var operations = new List<DraftOperation>();
        var targetIds = target.Provisions.Select(p => p.Id).ToHashSet();
        var order = current.Provisions.ToList();

        for (var i = order.Count - 1; i >= 0; i--)
        {
            if (targetIds.Contains(order[i].Id)) continue;
            operations.Add(new DeleteProvision(i, order[i]));
            order.RemoveAt(i);
        }

        for (var i = 0; i < target.Provisions.Count; i++)
        {
            var wanted = target.Provisions[i];
            var at = order.FindIndex(p => p.Id == wanted.Id);
            if (at < 0)
            {
                var added = wanted with { Id = Guid.CreateVersion7() };
                operations.Add(new AddProvision(i, added));
                order.Insert(i, added);
                continue;
            }
            var existing = order[at];
            if (at != i)
            {
                operations.Add(new MoveProvision(existing.Id, i));
                order.RemoveAt(at);
                order.Insert(i, existing);
            }
            if (existing.Kind != wanted.Kind) operations.Add(new ChangeKind(existing.Id, existing.Kind, wanted.Kind));
            if (existing.Text != wanted.Text)
            {
                if (existing.Text.Length > 0) operations.Add(new DeleteText(existing.Id, 0, existing.Text));
                if (wanted.Text.Length > 0) operations.Add(new InsertText(existing.Id, 0, wanted.Text));
            }
            order[i] = wanted;
        }
        return operations;
    }
}
