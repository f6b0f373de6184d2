using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Admin;

/// <summary>
/// Texts whose key may live in either resource: the area's own errors and audit actions in AdminResource, the Domain's
/// shared ones (Validation.*, Common.*, Roles.*) in SharedResource. Unknown keys show as themselves.
/// </summary>
public sealed class AdminMessages(
    IStringLocalizer<AdminResource> admin, IStringLocalizer<SharedResource> shared, IStringLocalizerFactory areas)
{
    // Every module labels its own audit actions in its own resource pair (DraftingResource, ContestResource …).
    private static readonly Type[] AreaResources = typeof(AdminResource).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsSealed: true } && type.Name.EndsWith("Resource", StringComparison.Ordinal)
                       && type != typeof(AdminResource) && type != typeof(SharedResource))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToArray();

    public string For(Error error) => Text(error.Code);

    public string Action(string action)
    {
        var text = Text(action);
        if (!string.Equals(text, action, StringComparison.Ordinal)) return text;
        foreach (var area in AreaResources)
        {
            var label = areas.Create(area)[action];
            if (!label.ResourceNotFound) return label.Value;
        }
        return action;
    }

    /// <summary>What an audit subject is ("draft:0190…" reads "Draft"); an unknown kind shows as itself.</summary>
    public string Entity(string subject)
    {
        var kind = AuditSubjects.KindOf(subject);
        var label = admin[EntityKey(kind)];
        return label.ResourceNotFound ? kind : label.Value;
    }

    public static string EntityKey(string kind) => "Audit.Entity." + kind;

    public string Text(string key) => ErrorTexts.Find(admin, shared, key) ?? key;
}
