using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Contest;

/// <summary>Error texts: the contest's own codes in ContestResource, the shared ones (Validation.*, Common.*) in SharedResource.</summary>
public sealed class ContestMessages(IStringLocalizer<ContestResource> contest, IStringLocalizer<SharedResource> shared)
{
    public string For(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Text(error.Code);
    }

    public string Text(string key)
    {
        return ErrorTexts.Find(contest, shared, key) ?? key;
    }
}
