namespace EGov.Collab.Domain.Learning;

/// <summary>A module of a course ("section" in code, so it never collides with the portal's modules): an ordered group of lessons and quizzes.</summary>
public sealed class CourseSection
{
    public const int TitleMaxLength = 200;

    private CourseSection() => Title = "";

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public int Order { get; private set; }
    public string Title { get; private set; }

    public static CourseSection Create(Guid courseId, int order, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new CourseSection { Id = Guid.CreateVersion7(), CourseId = courseId, Order = order, Title = title.Trim() };
    }
}
