using EGov.Collab.App.Common;
using EGov.Collab.Domain.Contest;

namespace EGov.Collab.App.Contest.Components;

/// <summary>A nomination being typed in: the phases start at Kyiv midnight of the dates chosen.</summary>
public sealed class NominationDraft
{
    public Guid EditionId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }

    public Dictionary<ContestPhase, DateTime> Dates { get; } = Defaults();

    public PhaseSchedule Schedule() => new(At(ContestPhase.Registration), At(ContestPhase.ExpertReview), At(ContestPhase.JuryScoring),
        At(ContestPhase.PublicEvaluation), At(ContestPhase.Results));

    private DateTimeOffset At(ContestPhase phase)
    {
        var day = DateTime.SpecifyKind(Dates[phase].Date, DateTimeKind.Unspecified);
        return new DateTimeOffset(day, PortalTime.Kyiv.GetUtcOffset(day));
    }

    private static Dictionary<ContestPhase, DateTime> Defaults()
    {
        var start = PortalTime.ToKyiv(DateTimeOffset.UtcNow).Date.AddDays(7);
        return new()
        {
            [ContestPhase.Registration] = start,
            [ContestPhase.ExpertReview] = start.AddDays(30),
            [ContestPhase.JuryScoring] = start.AddDays(45),
            [ContestPhase.PublicEvaluation] = start.AddDays(60),
            [ContestPhase.Results] = start.AddDays(75),
        };
    }
}
