using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.ExpertClub;

/// <summary>An error's text: the club's own codes from ExpertClubResource, the shared ones (Validation.*, Common.*) from SharedResource.</summary>
public sealed class ClubText(IStringLocalizer<ExpertClubResource> club, IStringLocalizer<SharedResource> shared)
{
    public string For(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error == ClubErrors.SlowDown)
            return club[error.Code, MessageRateLimit.MaxMessages, MessageRateLimit.Window.TotalSeconds].Value;
        return ErrorTexts.Find(club, shared, error.Code) ?? error.Code;
    }
}
