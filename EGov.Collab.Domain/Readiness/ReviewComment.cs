namespace EGov.Collab.Domain.Readiness;

/// <summary>A reviewer's comment on one question, made when returning a questionnaire (<see cref="Round"/> = which return).</summary>
public sealed class ReviewComment
{
    public const int TextMaxLength = 2000;

    private ReviewComment()
    {
        IndicatorCode = "";
        Text = "";
    }

    internal ReviewComment(string indicatorCode, string text, Guid reviewerId, int round, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        IndicatorCode = indicatorCode;
        Text = text;
        ReviewerId = reviewerId;
        Round = round;
        At = now;
    }

    public Guid Id { get; private set; }
    public string IndicatorCode { get; private set; }
    public string Text { get; private set; }
    public Guid ReviewerId { get; private set; }
    public int Round { get; private set; }
    public DateTimeOffset At { get; private set; }
}
