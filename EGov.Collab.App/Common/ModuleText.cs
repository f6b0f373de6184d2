using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Common;

/// <summary>Localisation keys of a module's texts in SharedResource.</summary>
public static class ModuleText
{
    public static string Name(ModuleKey module) => $"Module.{module}.Name";

    public static string Purpose(ModuleKey module) => $"Module.{module}.Purpose";

    public static string Description(ModuleKey module) => $"Module.{module}.Description";

    public static string Role(ModuleRole role) => $"Role.{role}";

    public static string Kind(OrganisationKind kind) => $"OrganisationKind.{kind}";

    public static string Audience(Audience audience) => $"Audience.{audience}";
}
