using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Tests.Domain.Drafting;

/// <summary>
/// Seeded random documents and valid operations for property and convergence tests: Ukrainian text with both
/// apostrophes, emoji (surrogate pairs, a ZWJ sequence) and every kind of structural operation.
/// </summary>
public sealed class DraftRandom(int seed)
{
    private static readonly string[] Pieces =
    [
        "а", "б", "в", "г", "ґ", "є", "і", "ї", "й", "ж", "щ", "ю", "я", "ь", " ", " ", "’", "'", "«", "»", "—",
        "м'ята", "п’ять", "Стаття", "🙂", "👩‍⚖️", "🇺🇦", ".", ",", "1", "A",
    ];

    private static readonly ProvisionKind[] Kinds = Enum.GetValues<ProvisionKind>();

    public Random Random { get; } = new(seed);

    public DraftDocument Document(int maxProvisions = 4)
    {
        var count = Random.Next(0, maxProvisions + 1);
        return new DraftDocument(Enumerable.Range(0, count).Select(_ => Provision()).ToImmutableList());
    }

    public Provision Provision() => new(NewId(), Kinds[Random.Next(Kinds.Length)], Text(Random.Next(0, 12)));

    public string Text(int pieces)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pieces; i++) builder.Append(Pieces[Random.Next(Pieces.Length)]);
        return builder.ToString();
    }

    public Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>One operation valid on <paramref name="document"/> (completed: carries its indexes).</summary>
    public DraftOperation Operation(DraftDocument document, bool structural = true)
    {
        var provisions = document.Provisions;
        if (provisions.Count == 0) return new AddProvision(0, Provision());
        var roll = Random.Next(100);
        var provision = provisions[Random.Next(provisions.Count)];
        var index = document.IndexOf(provision.Id);
        if (!structural) roll %= 65;
        DraftOperation operation = roll switch
        {
            < 40 => new InsertText(provision.Id, Boundary(provision.Text), Text(Random.Next(1, 4))),
            < 65 => Delete(provision),
            < 71 => new AddProvision(Random.Next(provisions.Count + 1), Provision()),
            < 76 => new DeleteProvision(index, provision),
            < 82 => new MoveProvision(provision.Id, Random.Next(provisions.Count)),
            < 90 => new SplitProvision(provision.Id, Boundary(provision.Text), NewId()),
            < 96 when index > 0 => new MergeProvision(provision.Id, provisions[index - 1].Id),
            < 96 => new InsertText(provision.Id, 0, Text(1)),
            _ => new ChangeKind(provision.Id, provision.Kind, Kinds[Random.Next(Kinds.Length)]),
        };
        return DraftOperations.Complete(document, operation);
    }

    /// <summary>A few operations made one after another on <paramref name="document"/>.</summary>
    public IReadOnlyList<DraftOperation> Operations(DraftDocument document, int count, bool structural = true)
    {
        var operations = new List<DraftOperation>();
        for (var i = 0; i < count; i++)
        {
            var operation = Operation(document, structural);
            document = DraftOperations.Apply(document, operation).Value;
            operations.Add(operation);
        }
        return operations;
    }

    private DraftOperation Delete(Provision provision)
    {
        if (provision.Text.Length == 0) return new InsertText(provision.Id, 0, Text(1));
        var start = Boundary(provision.Text);
        var end = Boundary(provision.Text);
        if (end < start) (start, end) = (end, start);
        if (end == start) return new InsertText(provision.Id, start, Text(1));
        return new DeleteText(provision.Id, start, provision.Text[start..end]);
    }

    /// <summary>A random offset that does not split a surrogate pair.</summary>
    private int Boundary(string text)
    {
        var offset = Random.Next(text.Length + 1);
        if (offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])) offset--;
        return offset;
    }

    public override string ToString() => seed.ToString(CultureInfo.InvariantCulture);
}
