namespace EGov.Collab.App.Admin;

public static class AdminModule
{
    /// <summary>The administration area's services; each checks the caller's rights against the database itself.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddSingleton<MemberAdministration>();
        services.AddSingleton<RoleGrants>();
        services.AddSingleton<OrganisationAdministration>();
        services.AddSingleton<ModuleAdministration>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<OutboxBrowser>();
        services.AddSingleton<AdminOverview>();
        services.AddTransient<AdminMessages>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints) => endpoints;
}
