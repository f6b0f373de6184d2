using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Admin;

/// <summary>
/// Texts whose key may live in either resource: the area's own errors and audit actions in AdminResource, the Domain's
/// shared ones (Validation.*, Common.*, Roles.*) in SharedResource. Unknown keys show as themselves.
/// </summary>
public sealed class AdminMessages(IStringLocalizer<AdminResource> admin, IStringLocalizer<SharedResource> shared)
{
    public string For(Error error) => Text(error.Code);

    public string Action(string action) => Text(action);

    public string Text(string key)
    {
        var own = admin[key];
        if (!own.ResourceNotFound) return own.Value;
        var common = shared[key];
        return common.ResourceNotFound ? key : common.Value;
    }
}
