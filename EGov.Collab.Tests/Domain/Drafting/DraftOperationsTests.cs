using EGov.Collab.Domain.Drafting.Editing;
using FsCheck.Xunit;

namespace EGov.Collab.Tests.Domain.Drafting;

public sealed class DraftOperationsTests
{
    [Property(MaxTest = 2000)]
    public bool Invert_UndoesAnySequence(int seed)
    {
        var random = new DraftRandom(seed);
        var document = random.Document();
        var operations = random.Operations(document, random.Random.Next(1, 6));
        var after = DraftOperations.Apply(document, operations).Value;
        var undone = DraftOperations.Apply(after, DraftInverse.Invert(document, operations));
        if (!undone.IsSuccess || undone.Value != document)
            throw new InvalidOperationException($"seed {seed}: {DraftJson.Serialize(operations)} → {undone.Error}");
        return true;
    }

    [Property(MaxTest = 1000)]
    public bool Json_RoundTripsEveryOperation(int seed)
    {
        var random = new DraftRandom(seed);
        var document = random.Document();
        var operations = random.Operations(document, 5);
        return DraftJson.DeserializeOperations(DraftJson.Serialize(operations)).SequenceEqual(operations)
               && DraftJson.DeserializeDocument(DraftJson.Serialize(document)) == document;
    }

    [Fact]
    public void Json_NamesTheOperationType()
    {
        var json = DraftJson.Serialize([new InsertText(Guid.Empty, 0, "м’ята 🙂")]);
        Assert.Contains("\"type\":\"insertText\"", json, StringComparison.Ordinal);
        Assert.Contains("м’ята", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_DeleteWithTextThatIsNotThere_IsRefused()
    {
        var id = Guid.NewGuid();
        var document = DraftTransformTests.Doc(new Provision(id, ProvisionKind.Article, "текст"));
        Assert.Equal(DraftEditingErrors.TextMismatch, DraftOperations.Apply(document, new DeleteText(id, 0, "теки")).Error);
        Assert.Equal(DraftEditingErrors.OutOfRange, DraftOperations.Apply(document, new InsertText(id, 6, "x")).Error);
        Assert.Equal(DraftEditingErrors.UnknownProvision, DraftOperations.Apply(document, new InsertText(Guid.NewGuid(), 0, "x")).Error);
    }

    [Fact]
    public void Apply_OffsetInsideAnEmoji_IsRefused()
    {
        var id = Guid.NewGuid();
        var document = DraftTransformTests.Doc(new Provision(id, ProvisionKind.Article, "🙂"));
        Assert.Equal(DraftEditingErrors.SplitsCharacter, DraftOperations.Apply(document, new InsertText(id, 1, "x")).Error);
    }

    [Fact]
    public void Apply_PasteOverTheLimit_IsRefused()
    {
        var id = Guid.NewGuid();
        var document = DraftTransformTests.Doc(new Provision(id, ProvisionKind.Article, ""));
        var paste = new string('я', DraftLimits.MaxPasteLength + 1);
        Assert.Equal(DraftEditingErrors.PasteTooLong, DraftOperations.Apply(document, new InsertText(id, 0, paste)).Error);
        Assert.True(DraftOperations.Apply(document, new InsertText(id, 0, paste[1..])).IsSuccess);
    }

    [Fact]
    public void AnchorMapping_KeepsACommentOnItsWords()
    {
        var id = Guid.NewGuid();
        var anchor = new TextAnchor(id, 6, 11); // "слова" in "Перші слова тут"
        anchor = AnchorMapping.Map(anchor, new InsertText(id, 0, "Ось "));
        anchor = AnchorMapping.Map(anchor, new InsertText(id, 10, "«"));
        Assert.Equal(new TextAnchor(id, 11, 16), anchor);
        anchor = AnchorMapping.Map(anchor, new DeleteText(id, 0, "Ось "));
        var newId = Guid.NewGuid();
        anchor = AnchorMapping.Map(anchor, new SplitProvision(id, 6, newId) { Index = 0 });
        Assert.Equal(new TextAnchor(newId, 1, 6), anchor);
        anchor = AnchorMapping.Map(anchor, new MergeProvision(newId, id) { Index = 1, IntoLength = 6 });
        Assert.Equal(new TextAnchor(id, 7, 12), anchor);
    }
}
