using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Learning;

/// <summary>An error's text from LearningResource, else SharedResource (Domain's Learning.* and Common.* keys live there).</summary>
public sealed class LearningMessages(IStringLocalizer<LearningResource> own, IStringLocalizer<SharedResource> shared)
{
    public string For(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return ErrorTexts.Find(own, shared, error.Code) ?? error.Code;
    }
}
