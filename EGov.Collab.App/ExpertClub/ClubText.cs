using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.ExpertClub;

/// <summary>An error's text: the club's own codes from ExpertClubResource, the shared ones (Validation.*, Common.*) from SharedResource.</summary>
public sealed class ClubText(IStringLocalizer<ExpertClubResource> club, IStringLocalizer<SharedResource> shared, DocumentMessages documents)
{
    public string For(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error == ClubErrors.SlowDown)
            return club[error.Code, MessageRateLimit.MaxMessages, MessageRateLimit.Window.TotalSeconds].Value;
        if (error.Code.StartsWith("Documents.", StringComparison.Ordinal))
            return documents.For(error, ClubAttachments.UploadFor(null)); // a refused attachment, with the club's limits
        return ErrorTexts.Find(club, shared, error.Code) ?? error.Code;
    }
}
