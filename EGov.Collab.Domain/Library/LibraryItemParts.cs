namespace EGov.Collab.Domain.Library;

public enum LibraryItemStatus
{
    /// <summary>Waiting for a librarian.</summary>
    Submitted = 1,
    /// <summary>Sent back to the submitter with a comment; they may correct and resubmit.</summary>
    Returned = 2,
    Published = 3,
    Rejected = 4,
    /// <summary>Was public, now a tombstone (HTTP 410, a deleted record in OAI-PMH).</summary>
    Withdrawn = 5,
}

public enum LibraryAgentRole
{
    Creator = 1,
    Contributor = 2,
}

/// <summary>dc:creator or dc:contributor, in the order entered.</summary>
public sealed class LibraryAgent
{
    private LibraryAgent()
    {
        Name = "";
    }

    internal LibraryAgent(Guid itemId, LibraryAgentRole role, int position, string name)
    {
        Id = Guid.CreateVersion7();
        ItemId = itemId;
        Role = role;
        Position = position;
        Name = name;
    }

    public Guid Id { get; private set; }
    public Guid ItemId { get; private set; }
    public LibraryAgentRole Role { get; private set; }
    public int Position { get; private set; }
    public string Name { get; private set; }
}

/// <summary>dc:subject: a free keyword, kept in the order entered.</summary>
public sealed class LibrarySubject
{
    private LibrarySubject()
    {
        Value = "";
    }

    internal LibrarySubject(Guid itemId, int position, string value)
    {
        Id = Guid.CreateVersion7();
        ItemId = itemId;
        Position = position;
        Value = value;
    }

    public Guid Id { get; private set; }
    public Guid ItemId { get; private set; }
    public int Position { get; private set; }
    public string Value { get; private set; }
}

/// <summary>One version of an item's file; a new version keeps the item and its identifier, earlier ones stay listed.</summary>
public sealed class LibraryFile
{
    public const int FileNameMaxLength = 255;

    private LibraryFile()
    {
        FileName = "";
    }

    internal LibraryFile(Guid itemId, int number, Guid documentId, string fileName, long length, Guid? addedBy, DateTimeOffset addedAt)
    {
        Id = Guid.CreateVersion7();
        ItemId = itemId;
        Number = number;
        DocumentId = documentId;
        FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName;
        Length = length;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }
    public Guid ItemId { get; private set; }
    /// <summary>1 for the first file, counting up; not called Version, which is the concurrency stamp's name.</summary>
    public int Number { get; private set; }
    /// <summary>The file in the document store (<c>StoredDocument.Id</c>).</summary>
    public Guid DocumentId { get; private set; }
    public string FileName { get; private set; }
    public long Length { get; private set; }
    public Guid? AddedBy { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
}
