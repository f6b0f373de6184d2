using EGov.Collab.Domain.Projects;

namespace EGov.Collab.Tests.Domain.Projects;

/// <summary>Valid listing content for the project exchange's tests.</summary>
public static class ProjectsTestData
{
    public static ListingContent Content(string titleUk = "Електронна черга ЦНАП", IReadOnlyList<string>? readiness = null, ListingKind kind = ListingKind.Solution) =>
        ListingContent.Create(kind, ListingDirection.Offer, titleUk, "Service centre queue",
            "Запис онлайн, табло черги та SMS-нагадування.\nПрацює у трьох громадах.", "Online booking, a queue display and SMS reminders.",
            DevelopmentStatus.Stable, MaintenanceType.Community, "EUPL-1.2", "https://github.com/example/queue", ["web", "linux"], ["queue-management"],
            "Богдан Олійник", "bohdan@example.org", 10_000m, 150_000.50m, GovernmentLevels.Local | GovernmentLevels.Regional,
            ["UA05000000000010236"], readiness ?? ["SERV", "SERV.1"]).Value;

    /// <summary>Every field equal, lists compared item by item.</summary>
    public static void AssertSameContent(ListingContent expected, ListingContent actual)
    {
        Assert.Equal(expected.Platforms, actual.Platforms);
        Assert.Equal(expected.Categories, actual.Categories);
        Assert.Equal(expected.RegionCodes, actual.RegionCodes);
        Assert.Equal(expected.ReadinessCodes, actual.ReadinessCodes);
        Assert.Equal(expected with { Platforms = [], Categories = [], RegionCodes = [], ReadinessCodes = [] },
            actual with { Platforms = [], Categories = [], RegionCodes = [], ReadinessCodes = [] });
    }
}
