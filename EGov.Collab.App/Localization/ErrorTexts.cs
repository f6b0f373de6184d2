using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Localization;

/// <summary>
/// The one lookup of an error's (or any key's) text: the module's own resource first, then SharedResource, where the
/// Domain's shared codes live (Validation.*, Common.*, Roles.*). Each module's XxxMessages/XxxText wraps it with its
/// own resource and its own answer for a key found nowhere.
/// </summary>
public static class ErrorTexts
{
    /// <summary>The text of <paramref name="key"/>, or null when neither resource has it.</summary>
    public static string? Find(IStringLocalizer own, IStringLocalizer<SharedResource> shared, string key, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(shared);
        var text = arguments.Length == 0 ? own[key] : own[key, arguments];
        if (!text.ResourceNotFound) return text.Value;
        var common = arguments.Length == 0 ? shared[key] : shared[key, arguments];
        return common.ResourceNotFound ? null : common.Value;
    }
}
