using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace EGov.Collab.App.Common;

/// <summary>Authorisation policies "module:{slug}:{action}", one per module and action, all decided by <see cref="ModuleAccess"/>.</summary>
public static class ModulePolicies
{
    public static string Name(ModuleKey module, ModuleAction action) => $"module:{module.Slug()}:{action}";

    public static void AddModulePolicies(this AuthorizationOptions options)
    {
        foreach (var module in ModuleKeys.All)
        {
            foreach (var action in Enum.GetValues<ModuleAction>())
                options.AddPolicy(Name(module, action), policy => policy.AddRequirements(new ModuleActionRequirement(module, action)));
        }
    }
}

public sealed record ModuleActionRequirement(ModuleKey Module, ModuleAction Action) : IAuthorizationRequirement;

public sealed class ModuleActionHandler(ModuleAccess access) : AuthorizationHandler<ModuleActionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ModuleActionRequirement requirement)
    {
        if (await access.CanAsync(context.User, requirement.Module, requirement.Action))
            context.Succeed(requirement);
    }
}
