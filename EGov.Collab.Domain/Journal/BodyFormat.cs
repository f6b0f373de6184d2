namespace EGov.Collab.Domain.Journal;

/// <summary>The format an author writes an article's body in; the source is kept so a revision is edited in it.</summary>
public enum BodyFormat
{
    Markdown = 1,
    Html = 2,
}
