using EGov.Collab.Domain.Drafting;

namespace EGov.Collab.Tests.Domain.Drafting;

public sealed class DraftRevisionsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Olena = Guid.NewGuid();
    private static readonly Guid Petro = Guid.NewGuid();
    private static readonly Guid ArticleOne = Guid.NewGuid();
    private static readonly Guid ArticleTwo = Guid.NewGuid();

    private static LoggedChange At(long revision, Guid author, int seconds, Guid? provision) => new(revision, author, Start.AddSeconds(seconds), provision);

    [Fact]
    public void Group_KeystrokesOfOneAuthorInOneProvision_AreOneRevision()
    {
        var revisions = DraftRevisions.Group(Enumerable.Range(1, 40).Select(i => At(i, Olena, i, ArticleOne)), DraftRevisions.DefaultQuiet);

        var revision = Assert.Single(revisions);
        Assert.Equal((0L, 40L, 40), (revision.FromRevision, revision.ToRevision, revision.Changes));
        Assert.Equal([ArticleOne], revision.ProvisionIds);
    }

    [Fact]
    public void Group_SplitsOnAnotherAuthor_APause_OrAMoveToAnotherProvision()
    {
        LoggedChange[] changes =
        [
            At(1, Olena, 0, ArticleOne), At(2, Olena, 5, ArticleOne),
            At(3, Petro, 6, ArticleOne),
            At(4, Petro, 60, ArticleOne),
            At(5, Petro, 61, ArticleTwo), At(6, Petro, 62, ArticleTwo),
        ];

        var revisions = DraftRevisions.Group(changes, DraftRevisions.DefaultQuiet);

        Assert.Equal([(0L, 2L), (2L, 3L), (3L, 4L), (4L, 6L)], revisions.Select(r => (r.FromRevision, r.ToRevision)));
        Assert.Equal([Olena, Petro, Petro, Petro], revisions.Select(r => r.AuthorId));
    }

    [Fact]
    public void Group_KeepsTheOperationsOfOneLogRevisionTogether()
    {
        // An accepted amendment: two operations on two provisions stored under one revision.
        var revisions = DraftRevisions.Group([At(7, Olena, 0, ArticleOne), At(7, Olena, 0, ArticleTwo)], DraftRevisions.DefaultQuiet);

        var revision = Assert.Single(revisions);
        Assert.Equal([ArticleOne, ArticleTwo], revision.ProvisionIds);
    }
}
