using System.Security.Claims;
using EGov.Collab.App.Drafting;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Integration.Drafting;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Browser.Drafting;

/// <summary>
/// Drafts of a test's own, arranged through the services behind the browser's back: a new group of the demo chair
/// (with demo members who accepted), a law whose provisions the test chooses, a consultation opened on it.
/// </summary>
internal static class DraftArrangement
{
    public static async Task<Guid> GroupAsync(IServiceProvider services, GroupVisibility visibility, params string[] members)
    {
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var groups = services.GetRequiredService<WorkingGroups>();
        var groupId = (await groups.CreateAsync(chair, "Група " + Guid.NewGuid().ToString("N")[..8], null, visibility)).Value;
        foreach (var localPart in members)
        {
            var member = await DraftingFixture.UserAsync(services, localPart);
            var invitation = await groups.InviteMemberAsync(chair, groupId, MemberId(member));
            Assert.True((await groups.AcceptAsync(member, invitation.Value)).IsSuccess);
        }
        return groupId;
    }

    /// <summary>A law with a title provision and the given articles (kind and text each).</summary>
    public static async Task<Guid> LawAsync(IServiceProvider services, Guid groupId, string title, params (ProvisionKind Kind, string Text)[] provisions)
    {
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var document = DraftTemplates.Of([(ProvisionKind.Title, title), .. provisions]);
        var created = await services.GetRequiredService<Drafts>().CreateAsync(chair, groupId, DraftKind.Law, title, _ => document);
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value;
    }

    public static async Task OpenConsultationAsync(IServiceProvider services, Guid draftId, TimeSpan lasting)
    {
        var chair = await DraftingFixture.UserAsync(services, "chair");
        var opened = await services.GetRequiredService<Consultations>().OpenAsync(chair, draftId, null, DateTimeOffset.UtcNow + lasting);
        Assert.True(opened.IsSuccess, opened.Error?.Code);
    }

    public static Guid MemberId(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
