using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Library;

/// <summary>An error in the reader's language: the library's own texts first, then the portal's shared ones (validation, the document store).</summary>
public sealed class LibraryText(IStringLocalizer<LibraryResource> library, IStringLocalizer<SharedResource> shared)
{
    public string Error(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = library[error.Code];
        if (text.ResourceNotFound) text = shared[error.Code];
        var message = text.ResourceNotFound ? library["Library.Error.Generic"].Value : text.Value;
        if (error.Field is null) return message;
        var field = library["Library.Field." + error.Field];
        return field.ResourceNotFound ? message : $"{field.Value}: {message}";
    }
}
