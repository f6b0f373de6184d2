using EGov.Collab.Domain.Drafting.Editing;
using FsCheck.Xunit;

namespace EGov.Collab.Tests.Domain.Drafting;

public sealed class DraftTransformTests
{
    [Property(MaxTest = 3000)]
    public bool Transform_ConcurrentSingleOperations_ConvergeOrConflict(int seed) => Converges(seed, 1, 1);

    [Property(MaxTest = 1500)]
    public bool Transform_ConcurrentSequences_ConvergeOrConflict(int seed) => Converges(seed, 4, 3);

    [Property(MaxTest = 2000)]
    public bool Transform_TextOnly_NeverConflicts(int seed)
    {
        var random = new DraftRandom(seed);
        var document = random.Document();
        var a = random.Operations(document, 3, structural: false);
        var b = random.Operations(document, 3, structural: false);
        return DraftTransform.Transform(a, b, aFirst: seed % 2 == 0) is not null;
    }

    [Fact]
    public void Transform_ManyRandomPairs_ConflictsStayRare()
    {
        var conflicts = 0;
        for (var seed = 0; seed < 5000; seed++)
        {
            var random = new DraftRandom(seed);
            var document = random.Document();
            if (DraftTransform.Transform([random.Operation(document)], [random.Operation(document)], true) is null) conflicts++;
        }
        Assert.InRange(conflicts, 0, 250);
    }

    [Fact]
    public void Transform_TypingInsideARangeSomeoneDeletes_KeepsTheTypedText()
    {
        var id = Guid.NewGuid();
        var document = Doc(new Provision(id, ProvisionKind.Article, "п’ять слів тут"));
        var delete = new DeleteText(id, 0, "п’ять слів");
        var insert = new InsertText(id, 5, "🙂");
        var result = BothWays(document, [delete], [insert], aFirst: true);
        Assert.Equal("🙂 тут", result.Provisions[0].Text);
    }

    [Fact]
    public void Transform_TwoSplitsAtOnePlace_LeaveOneEmptyProvisionBetween()
    {
        var id = Guid.NewGuid();
        var document = Doc(new Provision(id, ProvisionKind.Part, "абвгд"));
        var a = new SplitProvision(id, 2, Guid.NewGuid()) { Index = 0 };
        var b = new SplitProvision(id, 2, Guid.NewGuid()) { Index = 0 };
        var result = BothWays(document, [a], [b], aFirst: true);
        Assert.Equal(["аб", "", "вгд"], result.Provisions.Select(p => p.Text));
        Assert.Equal(a.NewProvisionId, result.Provisions[1].Id);
    }

    [Fact]
    public void Transform_TypingIntoAProvisionMergedConcurrently_LandsInTheTarget()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var document = Doc(new Provision(first, ProvisionKind.Part, "Перша "), new Provision(second, ProvisionKind.Part, "друга"));
        var merge = new MergeProvision(second, first) { Index = 1, IntoLength = 6 };
        var insert = new InsertText(second, 5, "!");
        var result = BothWays(document, [merge], [insert], aFirst: false);
        Assert.Equal("Перша друга!", Assert.Single(result.Provisions).Text);
    }

    [Fact]
    public void Transform_TwoDifferentMoves_AreAConflict()
    {
        var random = new DraftRandom(7);
        var provisions = Enumerable.Range(0, 3).Select(_ => random.Provision()).ToArray();
        var document = Doc(provisions);
        var a = new MoveProvision(provisions[0].Id, 2) { FromIndex = 0 };
        var b = new MoveProvision(provisions[1].Id, 0) { FromIndex = 1 };
        Assert.Null(DraftTransform.Transform([a], [b], aFirst: true));
        Assert.True(DraftOperations.Apply(document, a).IsSuccess);
    }

    internal static DraftDocument Doc(params Provision[] provisions) => new([.. provisions]);

    private static DraftDocument BothWays(DraftDocument document, IReadOnlyList<DraftOperation> a, IReadOnlyList<DraftOperation> b, bool aFirst)
    {
        var pair = DraftTransform.Transform(a, b, aFirst) ?? throw new InvalidOperationException("Unexpected conflict.");
        var left = DraftOperations.Apply(DraftOperations.Apply(document, a).Value, pair.B);
        var right = DraftOperations.Apply(DraftOperations.Apply(document, b).Value, pair.A);
        Assert.True(left.IsSuccess, left.Error?.ToString());
        Assert.True(right.IsSuccess, right.Error?.ToString());
        Assert.Equal(left.Value, right.Value);
        return left.Value;
    }

    private static bool Converges(int seed, int maxA, int maxB)
    {
        var random = new DraftRandom(seed);
        var document = random.Document();
        var a = random.Operations(document, random.Random.Next(1, maxA + 1));
        var b = random.Operations(document, random.Random.Next(1, maxB + 1));
        var pair = DraftTransform.Transform(a, b, aFirst: random.Random.Next(2) == 0);
        if (pair is null) return true;
        var left = DraftOperations.Apply(DraftOperations.Apply(document, a).Value, pair.Value.B);
        var right = DraftOperations.Apply(DraftOperations.Apply(document, b).Value, pair.Value.A);
        if (!left.IsSuccess || !right.IsSuccess || left.Value != right.Value)
            throw new InvalidOperationException(
                $"seed {seed}: a={DraftJson.Serialize(a)} b={DraftJson.Serialize(b)} left={left.Error} right={right.Error}");
        return true;
    }
}
