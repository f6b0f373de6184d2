namespace EGov.Collab.Domain.Readiness;

/// <summary>One saved answer (possibly only an evidence link so far) to one indicator's question.</summary>
public sealed class QuestionnaireAnswer
{
    private QuestionnaireAnswer()
    {
        IndicatorCode = "";
    }

    internal QuestionnaireAnswer(string indicatorCode, decimal? value, string? evidenceUrl, DateTimeOffset now)
    {
        IndicatorCode = indicatorCode;
        Change(value, evidenceUrl, now);
    }

    public string IndicatorCode { get; private set; }
    public decimal? Value { get; private set; }
    public string? EvidenceUrl { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }

    internal void Change(decimal? value, string? evidenceUrl, DateTimeOffset now)
    {
        Value = value;
        EvidenceUrl = evidenceUrl;
        SavedAt = now;
    }
}
