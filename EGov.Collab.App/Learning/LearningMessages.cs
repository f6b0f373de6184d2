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
        var text = own[error.Code];
        if (!text.ResourceNotFound) return text.Value;
        var common = shared[error.Code];
        return common.ResourceNotFound ? error.Code : common.Value;
    }
}
