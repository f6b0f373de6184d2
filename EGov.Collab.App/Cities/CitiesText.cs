using EGov.Collab.Domain.Common;

namespace EGov.Collab.App.Cities;

/// <summary>Localisation keys of the module's enumerations in CitiesResource.</summary>
public static class CitiesText
{
    public static string Level(CommunityKind kind) => $"Cities.Level.{kind}";

    public static string Module(ModuleKey module) => $"Cities.Module.{module}";

    public static string Section(ModuleKey module) => $"Cities.Section.{module}";

    public static string Empty(ModuleKey module) => $"Cities.Section.{module}.Empty";

    public static string NotBuilt(ModuleKey module) => $"Cities.Section.{module}.NotBuilt";
}
