using EGov.Collab.Domain.Common;

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

    /// <summary>A section an author names in the editor: the title is checked, not thrown about.</summary>
    public static Result<CourseSection> New(Guid courseId, int order, string? title)
    {
        var refusal = CheckTitle(title);
        return refusal is null ? Create(courseId, order, title!) : refusal;
    }

    public Result Rename(string? title)
    {
        var refusal = CheckTitle(title);
        if (refusal is not null) return refusal;
        Title = title!.Trim();
        return Result.Success();
    }

    public void MoveTo(int order) => Order = order;

    private static Error? CheckTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return CommonErrors.Required("Title");
        return title.Trim().Length > TitleMaxLength ? CommonErrors.TooLong("Title") : null;
    }
}
