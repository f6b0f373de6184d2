using EGov.Collab.Domain.Common;
using MudBlazor;

namespace EGov.Collab.App.Common;

public static class ModuleIcons
{
    public static string For(ModuleKey module) => module switch
    {
        ModuleKey.Drafting => Icons.Material.Filled.Gavel,
        ModuleKey.Methodology => Icons.Material.Filled.MenuBook,
        ModuleKey.ExpertClub => Icons.Material.Filled.Forum,
        ModuleKey.Readiness => Icons.Material.Filled.Assessment,
        ModuleKey.Cities => Icons.Material.Filled.LocationCity,
        ModuleKey.Learning => Icons.Material.Filled.School,
        ModuleKey.Contest => Icons.Material.Filled.EmojiEvents,
        ModuleKey.Projects => Icons.Material.Filled.Handshake,
        ModuleKey.Journal => Icons.Material.Filled.Newspaper,
        ModuleKey.Practices => Icons.Material.Filled.Inventory2,
        ModuleKey.Library => Icons.Material.Filled.LocalLibrary,
        _ => Icons.Material.Filled.Apps,
    };
}
