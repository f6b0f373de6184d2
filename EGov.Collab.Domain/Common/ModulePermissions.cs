namespace EGov.Collab.Domain.Common;

/// <summary>What a member may do in a module. Modules refine this with rules of their own (a chair of this group, a juror of that panel).</summary>
public enum ModuleAction
{
    /// <summary>Read open content: anyone, signed in or not.</summary>
    Read = 1,
    /// <summary>Take part: post, propose, register an entry. Any signed-in member.</summary>
    Participate = 2,
    /// <summary>Do the module's specialist work: edit drafts in a group, score, train, edit the journal, review.</summary>
    Work = 3,
    /// <summary>Run the module: settings, role grants inside it, moderation.</summary>
    Administer = 4,
}

public static class ModulePermissions
{
    public const string ClaimType = "egov:module-role";

    public static string ClaimValue(ModuleKey module, ModuleRole role) => $"{module.Slug()}:{role}";

    /// <summary>
    /// Decides whether a member may perform an action in a module.
    /// <paramref name="grants"/> are the member's roles in that module.
    /// </summary>
    public static bool Allows(bool isSignedIn, bool isPortalAdministrator, IReadOnlyCollection<ModuleRole> grants, ModuleAction action)
    {
        ArgumentNullException.ThrowIfNull(grants);
        if (action == ModuleAction.Read) return true;
        if (!isSignedIn) return false;
        if (isPortalAdministrator) return true;
        return action switch
        {
            ModuleAction.Participate => true,
            ModuleAction.Work => grants.Count > 0,
            ModuleAction.Administer => grants.Contains(ModuleRole.Administrator),
            _ => false,
        };
    }

    /// <summary>Reads a claim value written by <see cref="ClaimValue"/>; false for anything else.</summary>
    public static bool TryParseClaim(string value, out ModuleKey module, out ModuleRole role)
    {
        module = default;
        role = default;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return false;
        return ModuleKeys.TryParseSlug(value[..colon], out module)
            && Enum.TryParse(value[(colon + 1)..], ignoreCase: false, out role)
            && Enum.IsDefined(role);
    }
}
