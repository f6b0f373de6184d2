using EGov.Collab.Domain.Projects;

namespace EGov.Collab.Tests.Domain.Projects;

public sealed class ListingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.CreateVersion7();
    private static readonly Guid AuthorOrganisation = Guid.CreateVersion7();
    private static readonly Guid Moderator = Guid.CreateVersion7();
    private static readonly Guid Member = Guid.CreateVersion7();

    private static Listing Pending() => Listing.Submit(ProjectsTestData.Content(), Author, "Богдан", AuthorOrganisation, Now).Value;

    private static Listing Published()
    {
        var listing = Pending();
        Assert.True(listing.Approve(Moderator, Now).IsSuccess);
        return listing;
    }

    [Fact]
    public void Submit_IsPendingAndNotPublic_ApproveOnce_PublishesForTwelveMonths()
    {
        var listing = Pending();

        Assert.Equal(ListingStage.Pending, listing.Stage(Now));
        Assert.False(listing.IsPublic);
        Assert.True(listing.Approve(Moderator, Now).IsSuccess);
        Assert.Equal(ListingStage.Published, listing.Stage(Now));
        Assert.Equal(Now.AddMonths(12), listing.ExpiresAt);
        Assert.Equal(ProjectsErrors.NotPending, listing.Approve(Moderator, Now.AddMinutes(1)).Error);
        Assert.Equal(ProjectsErrors.NotPending, listing.Reject(Moderator, "пізно", Now.AddMinutes(1)).Error);
    }

    [Fact]
    public void Reject_NeedsReason_AuthorEditsBackToModeration()
    {
        var listing = Pending();

        Assert.Equal(ProjectsErrors.ReasonRequired, listing.Reject(Moderator, "  ", Now).Error);
        Assert.True(listing.Reject(Moderator, "Додайте опис", Now).IsSuccess);
        Assert.Equal(ListingStage.Rejected, listing.Stage(Now));
        Assert.Equal(ProjectsErrors.NotAuthor, listing.Edit(Member, ProjectsTestData.Content("Чужа правка"), Now).Error);
        Assert.True(listing.Edit(Author, ProjectsTestData.Content("Черга ЦНАП, версія 2"), Now).IsSuccess);
        Assert.Equal(ListingStage.Pending, listing.Stage(Now));
        Assert.Equal("Черга ЦНАП, версія 2", listing.TitleUk);
    }

    [Fact]
    public void Expiry_AfterTwelveMonths_ReadableButEditRefused_RenewOneClick_ThenEditable()
    {
        var listing = Published();
        var later = Now.AddMonths(12).AddDays(1);

        Assert.Equal(ListingStage.Published, listing.Stage(Now.AddMonths(12).AddMinutes(-1)));
        Assert.Equal(ListingStage.Expired, listing.Stage(later));
        Assert.True(listing.IsPublic);
        Assert.Equal(ProjectsErrors.Expired, listing.Edit(Author, ProjectsTestData.Content("Нова назва"), later).Error);
        Assert.Equal("Електронна черга ЦНАП", listing.TitleUk);
        Assert.Equal(ProjectsErrors.NotAuthor, listing.Renew(Member, later).Error);
        Assert.True(listing.Renew(Author, later).IsSuccess);
        Assert.Equal(later.AddMonths(12), listing.ExpiresAt);
        Assert.Equal(ListingStage.Published, listing.Stage(later));
        Assert.True(listing.Edit(Author, ProjectsTestData.Content("Нова назва"), later).IsSuccess);
    }

    [Fact]
    public void Renew_TooEarly_Refused_ReminderWindowOpensThirtyDaysBefore_OncePerPeriod()
    {
        var listing = Published();
        var beforeWindow = listing.ExpiresAt!.Value.AddDays(-Listing.ReminderDays - 1);
        var inWindow = listing.ExpiresAt!.Value.AddDays(-Listing.ReminderDays + 1);

        Assert.False(listing.NeedsReminder(beforeWindow));
        Assert.Equal(ProjectsErrors.NotYetRenewable, listing.Renew(Author, beforeWindow).Error);
        Assert.True(listing.NeedsReminder(inWindow));
        listing.MarkReminded(inWindow);
        Assert.False(listing.NeedsReminder(inWindow.AddDays(1)));
        Assert.True(listing.Renew(Author, inWindow).IsSuccess);
        Assert.False(listing.NeedsReminder(inWindow));
        Assert.True(listing.NeedsReminder(listing.ExpiresAt!.Value.AddDays(-1)));
    }

    [Fact]
    public void Archive_StaysReadable_RefusesEditsAndInterest()
    {
        var listing = Published();

        Assert.True(listing.Archive(Author, Now).IsSuccess);
        Assert.Equal(ListingStage.Archived, listing.Stage(Now));
        Assert.True(listing.IsPublic);
        Assert.Equal(ProjectsErrors.Archived, listing.Edit(Author, ProjectsTestData.Content(), Now).Error);
        Assert.Equal(ProjectsErrors.Archived, listing.Archive(Author, Now).Error);
        Assert.False(listing.ExpressInterest(Member, "Ірина", null, "Цікаво", Now).IsSuccess);
    }

    [Fact]
    public void ExpressInterest_OncePerMember_NotOnOwnOrPendingOrExpired()
    {
        var pending = Pending();
        Assert.Equal(ProjectsErrors.NotPublished, pending.ExpressInterest(Member, "Ірина", null, "Цікаво", Now).Error);

        var listing = Published();
        Assert.Equal(ProjectsErrors.OwnListing, listing.ExpressInterest(Author, "Богдан", null, "Моє", Now).Error);
        Assert.Equal("Validation.Required", listing.ExpressInterest(Member, "Ірина", null, "   ", Now).Error!.Code);
        Assert.True(listing.ExpressInterest(Member, "Ірина", null, "Хочемо спробувати", Now).IsSuccess);
        Assert.Equal(ProjectsErrors.InterestTwice, listing.ExpressInterest(Member, "Ірина", null, "Ще раз", Now).Error);
        Assert.Single(listing.Interests);
        Assert.Equal(ProjectsErrors.Expired, listing.ExpressInterest(Guid.CreateVersion7(), "Тарас", null, "Пізно", Now.AddMonths(13)).Error);
    }

    [Fact]
    public void DecideInterest_OnlyAuthor_Once_AcceptExchangesContacts()
    {
        var listing = Published();
        var interest = listing.ExpressInterest(Member, "Ірина", null, "Хочемо спробувати", Now).Value;

        Assert.False(interest.ContactsExchanged);
        Assert.Equal(ProjectsErrors.NotAuthor, listing.DecideInterest(Member, interest.Id, true, Now).Error);
        Assert.Equal(ProjectsErrors.InterestNotFound, listing.DecideInterest(Author, Guid.CreateVersion7(), true, Now).Error);
        Assert.True(listing.DecideInterest(Author, interest.Id, true, Now).IsSuccess);
        Assert.True(interest.ContactsExchanged);
        Assert.Equal(ProjectsErrors.InterestDecided, listing.DecideInterest(Author, interest.Id, false, Now).Error);
        Assert.Equal(InterestStatus.Accepted, interest.Status);
    }

    [Fact]
    public void Endorse_OnePerOrganisation_PersonWithoutOrganisationRefused_LeadRefused()
    {
        var listing = Published();
        var city = Guid.CreateVersion7();

        Assert.Equal(ProjectsErrors.NoOrganisation, listing.Endorse(null, Member, Now).Error);
        Assert.Equal(ProjectsErrors.OwnOrganisation, listing.Endorse(AuthorOrganisation, Member, Now).Error);
        Assert.True(listing.Endorse(city, Member, Now).IsSuccess);
        Assert.Equal(ProjectsErrors.EndorsedTwice, listing.Endorse(city, Guid.CreateVersion7(), Now).Error);
        Assert.True(listing.Endorse(Guid.CreateVersion7(), Guid.CreateVersion7(), Now).IsSuccess);
        Assert.Equal(2, listing.Endorsements.Count);
        Assert.Equal(ProjectsErrors.Expired, listing.Endorse(Guid.CreateVersion7(), Member, Now.AddMonths(13)).Error);
    }

    [Fact]
    public void Content_RoundTripsThroughTheStoredColumns()
    {
        var content = ProjectsTestData.Content();
        var listing = Listing.Submit(content, Author, "Богдан", null, Now).Value;

        Assert.Equal(content.Platforms, listing.Content.Platforms);
        Assert.Equal(content.RegionCodes, listing.Content.RegionCodes);
        Assert.Equal(content.ReadinessCodes, listing.ReadinessCodes);
        Assert.Equal(content with { Platforms = [], Categories = [], RegionCodes = [], ReadinessCodes = [] },
            listing.Content with { Platforms = [], Categories = [], RegionCodes = [], ReadinessCodes = [] });
    }
}
