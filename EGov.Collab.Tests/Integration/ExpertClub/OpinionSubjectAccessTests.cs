using EGov.Collab.App.ExpertClub;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Integration.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.ExpertClub;

/// <summary>Finding 4 of the outside test: an opinion may only be attached to a subject its author may read.</summary>
[Collection(SharedPortal.Name)]
public sealed class OpinionSubjectAccessTests(PortalFactory portal)
{
    [Fact]
    public async Task Publish_OnAMembersOnlyDraftOfAnotherGroup_IsRefused_AndOnAConsultationIsAccepted()
    {
        var expert = PortalForms.PrincipalOf(await ClubArrange.ClubMemberAsync(portal));
        var opinions = portal.Services.GetRequiredService<ExpertOpinions>();
        var privateLaw = await DraftingFixture.DraftIdAsync(portal.Services, DraftingDemoData.LawTitle);
        var consultation = await DraftingFixture.DraftIdAsync(portal.Services, DraftingDemoData.ProgrammeTitle);

        var refused = await opinions.PublishAsync(expert, "draft", privateLaw, "Висновок", "Аналіз тексту.", "Рекомендую доопрацювати.");
        var accepted = await opinions.PublishAsync(expert, "draft", consultation, "Висновок", "Аналіз тексту.", "Рекомендую доопрацювати.");

        Assert.Equal("ExpertClub.UnknownSubject", refused.Error?.Code);
        Assert.True(accepted.IsSuccess, accepted.Error?.Code);
        Assert.DoesNotContain(await opinions.ByExpertAsync(Guid.Parse(expert.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value)),
            o => o.SubjectId == privateLaw);
    }
}
