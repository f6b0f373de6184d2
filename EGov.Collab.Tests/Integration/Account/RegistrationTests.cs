using System.Net;
using EGov.Collab.App.Account;
using EGov.Collab.App.Localization;
using EGov.Collab.Data;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.Tests.Integration.Account;

[Collection(SharedPortal.Name)]
public sealed class RegistrationTests(PortalFactory portal)
{
    private const string Password = "весна у Карпатах 2026";

    private Dictionary<string, string> Form(string email, string password = Password, string fullName = "Олеся О'Коннор-Петренко") => new()
    {
        ["Input.FullName"] = fullName,
        ["Input.Email"] = email,
        ["Input.Position"] = "Аналітикиня",
        ["Input.RegionCode"] = Regions.Lviv.Code,
        ["Input.OrganisationId"] = AnApprovedOrganisation().ToString(),
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    private Guid AnApprovedOrganisation()
    {
        using var db = portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContext();
        return db.Organisations.Where(o => o.Status == OrganisationStatus.Approved).OrderBy(o => o.Name).Select(o => o.Id).First();
    }

    private string Shared(string key)
    {
        using var _ = TestCulture.Use("uk-UA");
        return portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key];
    }

    [Fact]
    public async Task Register_ThenConfirmFromTheOutbox_ThenSignIn()
    {
        var email = $"new-{Guid.NewGuid():N}@example.org";
        using var client = portal.CreateSessionClient();

        using var registered = await client.SubmitFormAsync("/Account/Register", "register", Form(email));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.StartsWith("/Account/RegisterConfirmation", registered.RedirectPath(), StringComparison.Ordinal);

        using (var beforeConfirming = await client.SignInAsync(email, Password))
            Assert.Equal(HttpStatusCode.OK, beforeConfirming.StatusCode);

        var link = await portal.LinkToAsync(email, "/Account/ConfirmEmail");
        using var confirmed = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        using var signedIn = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.RedirectPath());
    }

    [Fact]
    public async Task Register_AskingForANewOrganisation_CreatesItPendingAndLinksTheMember()
    {
        var email = $"new-{Guid.NewGuid():N}@example.org";
        var organisation = $"ГО «Тестова ініціатива {Guid.NewGuid():N}»";
        var form = Form(email);
        form["Input.OrganisationId"] = "";
        form["Input.NewOrganisation"] = "true";
        form["Input.OrganisationName"] = organisation;
        form["Input.OrganisationKind"] = nameof(OrganisationKind.CivilSociety);
        form["Input.OrganisationRegionCode"] = Regions.Kyiv.Code;
        using var client = portal.CreateSessionClient();

        using var response = await client.SubmitFormAsync("/Account/Register", "register", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var created = await db.Organisations.SingleAsync(o => o.Name == organisation);
        Assert.Equal(OrganisationStatus.Pending, created.Status);
        Assert.Equal(created.Id, (await db.Users.SingleAsync(u => u.Email == email)).OrganisationId);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == RegistrationService.OrganisationRequested && a.Subject.Contains(created.Id.ToString())));
    }

    [Fact]
    public async Task Register_CommonPassword_RefusesBesideTheFieldAndKeepsWhatWasTyped()
    {
        var email = $"new-{Guid.NewGuid():N}@example.org";
        using var client = portal.CreateSessionClient();

        using var response = await client.SubmitFormAsync("/Account/Register", "register", Form(email, password: "1234567890"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadTextAsync();
        Assert.Contains(Shared("Password.Common"), page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Олеся О'Коннор-Петренко\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"1234567890\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_EmailAlreadyRegistered_AnswersLikeANewOne_AndMailsTheOwnerAResetLink()
    {
        var owner = await portal.CreateMemberAsync();
        using var client = portal.CreateSessionClient();

        using var taken = await client.SubmitFormAsync("/Account/Register", "register", Form(owner.Email!));
        using var fresh = await client.SubmitFormAsync("/Account/Register", "register", Form($"new-{Guid.NewGuid():N}@example.org"));

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal("/Account/RegisterConfirmation", taken.RedirectPath()!.Split('?')[0]);
        Assert.Equal(fresh.RedirectPath()!.Split('?')[0], taken.RedirectPath()!.Split('?')[0]);
        Assert.StartsWith("/Account/ResetPassword", await portal.LinkToAsync(owner.Email!, "/Account/ResetPassword"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_EmptyForm_NamesEveryMissingField()
    {
        using var client = portal.CreateSessionClient();

        using var response = await client.SubmitFormAsync("/Account/Register", "register", Form("", password: "", fullName: ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadTextAsync();
        Assert.Contains("id=\"Input.FullName-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Input.Email-error\"", page, StringComparison.Ordinal);
        Assert.Contains(Shared("Validation.Required"), page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Account/ConfirmEmail?userId=not-a-guid&code=x")]
    [InlineData("/Account/ConfirmEmail?userId=0190f4d2-0000-7000-8000-000000000000&code=Zm9v")]
    [InlineData("/Account/ConfirmEmail")]
    [InlineData("/Account/ResetPassword?code=%%%")]
    public async Task TamperedAccountLinks_AnswerWithAPageNotAnError(string url)
    {
        using var client = portal.CreateSessionClient();

        using var response = await client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}.");
    }
}
