namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// Which of two concurrent submissions wins a tie (two insertions at one place): the one whose author, then client,
/// sorts first — never the order of arrival. A fixed order between two writers is what keeps their runs contiguous:
/// every character one person types into a gap lands before every character the other types into it, so two people
/// typing at one position get "AAA111BBB222", never "ABAA111BB222" (the Fugue property, see Weidner and Kleppmann,
/// "The Art of the Fugue"). The author comes first so a reconnect (a new client id) keeps a person's place.
/// Ids compare as their lowercase text, exactly as the browser's client.mjs compares them.
/// </summary>
public static class DraftPriority
{
    public static bool GoesFirst(Guid author, Guid client, Guid otherAuthor, Guid otherClient)
    {
        var byAuthor = Compare(author, otherAuthor);
        return byAuthor != 0 ? byAuthor < 0 : Compare(client, otherClient) < 0;
    }

    // Big-endian bytes sort as the "D" text does, without allocating a string per comparison.
    private static int Compare(Guid a, Guid b)
    {
        Span<byte> x = stackalloc byte[16];
        Span<byte> y = stackalloc byte[16];
        a.TryWriteBytes(x, bigEndian: true, out _);
        b.TryWriteBytes(y, bigEndian: true, out _);
        return x.SequenceCompareTo(y);
    }

    public static bool GoesFirst(DraftSubmission submission, DraftChange change) =>
        GoesFirst(submission.AuthorId, submission.ClientId, change.AuthorId, change.ClientId);
}
