namespace EGov.Collab.App.Admin;

public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints) => endpoints;
}
