using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.ExpertClub;

/// <summary>
/// A structured, signed expert opinion on a subject of another module (a draft act, later a practice). The subject is
/// kept as (kind, id) plus a snapshot of its title, so the opinion still reads correctly if the subject is renamed or gone.
/// </summary>
public sealed class ExpertOpinion
{
    public const int KindMaxLength = 40;
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 1000;
    public const int AnalysisMaxLength = 20000;
    public const int RecommendationMaxLength = 5000;
    public const int SignatureMaxLength = 400;

    private ExpertOpinion()
    {
        SubjectKind = "";
        SubjectTitle = "";
        Summary = "";
        Analysis = "";
        Recommendation = "";
        Signature = "";
    }

    public Guid Id { get; private set; }
    public Guid AuthorId { get; private set; }
    public string SubjectKind { get; private set; }
    public Guid SubjectId { get; private set; }
    public string SubjectTitle { get; private set; }
    public string Summary { get; private set; }
    public string Analysis { get; private set; }
    public string Recommendation { get; private set; }
    /// <summary>The signature as published: the expert's name, position and organisation at that moment.</summary>
    public string Signature { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }

    public static Result<ExpertOpinion> Publish(
        Guid authorId, string subjectKind, Guid subjectId, string subjectTitle,
        string? summary, string? analysis, string? recommendation, string signature, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectKind);
        ArgumentException.ThrowIfNullOrWhiteSpace(signature);
        if (subjectId == Guid.Empty) return CommonErrors.Required("Subject");
        if (string.IsNullOrWhiteSpace(summary)) return CommonErrors.Required(nameof(Summary));
        if (summary.Trim().Length > SummaryMaxLength) return CommonErrors.TooLong(nameof(Summary));
        if (string.IsNullOrWhiteSpace(analysis)) return CommonErrors.Required(nameof(Analysis));
        if (analysis.Trim().Length > AnalysisMaxLength) return CommonErrors.TooLong(nameof(Analysis));
        if (string.IsNullOrWhiteSpace(recommendation)) return CommonErrors.Required(nameof(Recommendation));
        if (recommendation.Trim().Length > RecommendationMaxLength) return CommonErrors.TooLong(nameof(Recommendation));
        return new ExpertOpinion
        {
            Id = Guid.CreateVersion7(),
            AuthorId = authorId,
            SubjectKind = Cut(subjectKind.Trim(), KindMaxLength),
            SubjectId = subjectId,
            SubjectTitle = Cut(string.IsNullOrWhiteSpace(subjectTitle) ? "—" : subjectTitle.Trim(), TitleMaxLength),
            Summary = summary.Trim(),
            Analysis = analysis.Trim(),
            Recommendation = recommendation.Trim(),
            Signature = Cut(signature.Trim(), SignatureMaxLength),
            PublishedAt = now,
        };
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "…");
}
