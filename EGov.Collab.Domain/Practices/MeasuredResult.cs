using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Practices;

/// <summary>
/// One indicator of a practice's results, measured before and after (e.g. "average wait in the queue", minutes,
/// 42 on 2023-01-15 → 9 on 2024-01-15). A value without its unit or its date is refused.
/// </summary>
public sealed record MeasuredResult(
    string IndicatorUk,
    string IndicatorEn,
    string Unit,
    decimal? Before,
    DateOnly? BeforeOn,
    decimal? After,
    DateOnly? AfterOn)
{
    public const int IndicatorMaxLength = 300;
    public const int UnitMaxLength = 40;

    /// <summary>Measured on both sides: what earns a practice the "proven" mark.</summary>
    public bool IsMeasuredBeforeAndAfter => Before is not null && BeforeOn is not null && After is not null && AfterOn is not null;

    public Result Validate()
    {
        if (string.IsNullOrWhiteSpace(IndicatorUk)) return CommonErrors.Required("Results");
        if ((IndicatorUk ?? "").Length > IndicatorMaxLength || (IndicatorEn ?? "").Length > IndicatorMaxLength) return CommonErrors.TooLong("Results");
        if ((Before is not null || After is not null) && string.IsNullOrWhiteSpace(Unit)) return PracticeErrors.ResultUnit;
        if ((Unit ?? "").Length > UnitMaxLength) return CommonErrors.TooLong("Results");
        if ((Before is not null && BeforeOn is null) || (After is not null && AfterOn is null)) return PracticeErrors.ResultDate;
        if (BeforeOn is { } from && AfterOn is { } to && to < from) return PracticeErrors.ResultDateOrder;
        return Result.Success();
    }
}
