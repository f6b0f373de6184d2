using EGov.Collab.App.Common.Activity;
using EGov.Collab.App.Drafting;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EGov.Collab.Tests.Support.PortalForms;

namespace EGov.Collab.Tests.Integration.Shell;

/// <summary>Issue #23.17: the home page's activity lists a draft the moment it opens to public consultation, and never a members-only draft.</summary>
[Collection(SharedPortal.Name)]
public sealed class PortalActivityTests(PortalFactory portal)
{
    private T Service<T>() where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task DraftOpenedToConsultation_Listed_APrivateDraftNot()
    {
        var chair = PrincipalOf((await portal.CreateMemberAsync()).Id);
        var groups = Service<WorkingGroups>();
        var open = (await groups.CreateAsync(chair, "Відкрита група " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.OpenToConsultation)).Value;
        var closed = (await groups.CreateAsync(chair, "Закрита група " + Guid.NewGuid().ToString("N")[..6], null, GroupVisibility.MembersOnly)).Value;
        var title = "Проєкт для стрічки " + Guid.NewGuid().ToString("N")[..6];
        var hidden = "Закритий проєкт " + Guid.NewGuid().ToString("N")[..6];
        var draftId = (await Service<Drafts>().CreateAsync(chair, open, DraftKind.CabinetResolution, title, DraftSource.Template, null)).Value;
        await Service<Drafts>().CreateAsync(chair, closed, DraftKind.CabinetResolution, hidden, DraftSource.Template, null);
        var before = await Service<PortalActivity>().RecentAsync();
        Assert.DoesNotContain(before, e => e.Title(false) == title);

        Assert.True((await Service<Consultations>().OpenAsync(chair, draftId, null, Service<TimeProvider>().GetUtcNow().AddDays(7))).IsSuccess);

        var after = await Service<PortalActivity>().RecentAsync();
        var entry = Assert.Single(after, e => e.Title(false) == title);
        Assert.Equal((ModuleKey.Drafting, $"/drafting/drafts/{draftId}", ConsultationActivity.EventKey), (entry.Module, entry.Url, entry.EventKey));
        Assert.DoesNotContain(after, e => e.Title(false) == hidden);
    }
}
