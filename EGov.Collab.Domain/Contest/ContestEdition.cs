using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Contest;

/// <summary>A year's contest; its nominations carry the phases, criteria and rules.</summary>
public sealed class ContestEdition
{
    public const int TitleMaxLength = 300;

    private ContestEdition()
    {
        Title = "";
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<ContestEdition> Create(int year, string title, DateTimeOffset now)
    {
        if (year is < 2000 or > 2100) return CommonErrors.Invalid("Year");
        if (string.IsNullOrWhiteSpace(title)) return CommonErrors.Required("Title");
        if (title.Length > TitleMaxLength) return CommonErrors.TooLong("Title");
        return new ContestEdition { Id = Guid.CreateVersion7(), Year = year, Title = title.Trim(), CreatedAt = now };
    }
}
