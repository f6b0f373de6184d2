using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// A course in the catalogue: what a certificate says about it (title in both languages, hours, the issuing
/// organisation and the signatories) and the prefix of its certificate numbers. Sections, lessons and quizzes refer to it.
/// </summary>
public sealed class Course
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 2000;
    public const int IssuerMaxLength = 300;
    public const int SignatoriesMaxLength = 1000;

    private Course()
    {
        Title = TitleEn = Summary = Issuer = IssuerEn = Signatories = CertificatePrefix = "";
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    public string TitleEn { get; private set; }
    public string Summary { get; private set; }
    public int Hours { get; private set; }
    public string Issuer { get; private set; }
    public string IssuerEn { get; private set; }

    /// <summary>One signatory a line: "Name — position".</summary>
    public string Signatories { get; private set; }

    public string CertificatePrefix { get; private set; }
    public bool IsPublished { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who wrote the course in the editor; null for courses from before authoring (administrators edit those).</summary>
    public Guid? AuthorId { get; private set; }

    public IReadOnlyList<Signatory> SignatoryList => Signatory.Parse(Signatories);

    public static Result<Course> Create(string title, string titleEn, string summary, int hours, string issuer, string issuerEn,
        string signatories, string certificatePrefix, DateTimeOffset now, Guid? authorId = null, bool published = true)
    {
        var refusal = Check(title, titleEn, summary, hours, issuer, issuerEn, signatories, certificatePrefix);
        if (refusal is not null) return refusal;
        var course = new Course { Id = Guid.CreateVersion7(), CreatedAt = now, AuthorId = authorId, IsPublished = published };
        course.Apply(title, titleEn, summary, hours, issuer, issuerEn, signatories, certificatePrefix);
        return course;
    }

    /// <summary>The author changes what the catalogue and the certificates say. Certificates already issued keep their text.</summary>
    public Result Update(string title, string titleEn, string summary, int hours, string issuer, string issuerEn,
        string signatories, string certificatePrefix)
    {
        var refusal = Check(title, titleEn, summary, hours, issuer, issuerEn, signatories, certificatePrefix);
        if (refusal is not null) return refusal;
        Apply(title, titleEn, summary, hours, issuer, issuerEn, signatories, certificatePrefix);
        return Result.Success();
    }

    /// <summary>Learners see a course only once it is published, and a course with nothing to study cannot be.</summary>
    public Result Publish(int steps)
    {
        if (IsPublished) return LearningErrors.AlreadyPublished;
        if (steps < 1) return LearningErrors.CourseEmpty;
        IsPublished = true;
        return Result.Success();
    }

    /// <summary>Hides the course from the catalogue; enrolled learners' progress and certificates stay.</summary>
    public Result Unpublish()
    {
        if (!IsPublished) return LearningErrors.AlreadyUnpublished;
        IsPublished = false;
        return Result.Success();
    }

    private static Error? Check(string title, string titleEn, string summary, int hours, string issuer, string issuerEn,
        string signatories, string certificatePrefix)
    {
        if (string.IsNullOrWhiteSpace(title)) return CommonErrors.Required("Title");
        if (title.Trim().Length > TitleMaxLength) return CommonErrors.TooLong("Title");
        if ((titleEn ?? "").Trim().Length > TitleMaxLength) return CommonErrors.TooLong("TitleEn");
        if ((summary ?? "").Trim().Length > SummaryMaxLength) return CommonErrors.TooLong("Summary");
        if (hours is < 1 or > 2000) return LearningErrors.HoursOutOfRange;
        if (string.IsNullOrWhiteSpace(issuer)) return CommonErrors.Required("Issuer");
        if (issuer.Trim().Length > IssuerMaxLength) return CommonErrors.TooLong("Issuer");
        if ((issuerEn ?? "").Trim().Length > IssuerMaxLength) return CommonErrors.TooLong("IssuerEn");
        if ((signatories ?? "").Trim().Length > SignatoriesMaxLength) return CommonErrors.TooLong("Signatories");
        if (CertificateNumber.Create(certificatePrefix, 2026, 1).Error is not null) return LearningErrors.CertificateNumberInvalid;
        return null;
    }

    private void Apply(string title, string titleEn, string summary, int hours, string issuer, string issuerEn,
        string signatories, string certificatePrefix)
    {
        Title = title.Trim();
        TitleEn = (titleEn ?? "").Trim();
        Summary = (summary ?? "").Trim();
        Hours = hours;
        Issuer = issuer.Trim();
        IssuerEn = (issuerEn ?? "").Trim();
        Signatories = (signatories ?? "").Trim();
        CertificatePrefix = certificatePrefix;
    }
}

/// <summary>
/// Who signs a certificate. One line each: "Name — Position", optionally followed by " | Name — Position" in English
/// for the English certificate.
/// </summary>
public sealed record Signatory(string Name, string Position, string NameEn = "", string PositionEn = "")
{
    /// <summary>On the English certificate: the English name, else the Ukrainian one transliterated (never Cyrillic).</summary>
    public string EnglishName => NameEn.Length > 0 ? NameEn : UkrainianTransliteration.ToLatin(Name);

    /// <summary>On the English certificate: the English position, else the Ukrainian one (nothing better is known).</summary>
    public string EnglishPosition => PositionEn.Length > 0 ? PositionEn : Position;

    public static IReadOnlyList<Signatory> Parse(string? lines) =>
        (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(halves => (Ukrainian: NameAndPosition(halves[0]), English: halves.Length > 1 ? NameAndPosition(halves[1]) : (Name: "", Position: "")))
            .Select(s => new Signatory(s.Ukrainian.Name, s.Ukrainian.Position, s.English.Name, s.English.Position))
            .ToList();

    private static (string Name, string Position) NameAndPosition(string text)
    {
        var parts = text.Split('—', 2, StringSplitOptions.TrimEntries);
        return (parts[0], parts.Length > 1 ? parts[1] : "");
    }
}
