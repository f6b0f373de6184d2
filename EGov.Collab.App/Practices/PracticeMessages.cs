using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Practices;

/// <summary>Error texts: the depository's own codes in PracticesResource, the shared ones (Validation.*, Common.*) in SharedResource.</summary>
public sealed class PracticeMessages(IStringLocalizer<PracticesResource> own, IStringLocalizer<SharedResource> shared)
{
    public string For(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = Text(error.Code);
        if (error.Field is null || error.Code.StartsWith("Practices.", StringComparison.Ordinal)) return text;
        var field = own["Practices.Field." + error.Field];
        return field.ResourceNotFound ? text : $"{field.Value}: {text}";
    }

    public string Text(string key) => ErrorTexts.Find(own, shared, key) ?? key;
}
