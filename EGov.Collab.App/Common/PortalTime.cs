namespace EGov.Collab.App.Common;

/// <summary>The portal's clock zone: schedules are set and dates shown in Kyiv time.</summary>
public static class PortalTime
{
    public static readonly TimeZoneInfo Kyiv = Find("Europe/Kyiv", "Europe/Kiev", "FLE Standard Time");

    public static DateTimeOffset ToKyiv(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Kyiv);

    private static TimeZoneInfo Find(params string[] ids)
    {
        foreach (var id in ids)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        }
        return TimeZoneInfo.Utc;
    }
}
