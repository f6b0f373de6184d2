using System.Net;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Integration.Account;

[Collection(SharedPortal.Name)]
public sealed class PasswordResetTests(PortalFactory portal)
{
    [Fact]
    public async Task ForgotPassword_ThenTheLinkFromTheOutbox_SetsANewPasswordThatSignsIn()
    {
        var member = await portal.CreateMemberAsync("the-old-passphrase");
        using var client = portal.CreateSessionClient();

        using var asked = await client.SubmitFormAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = member.Email! });
        Assert.Equal("/Account/ForgotPasswordConfirmation", asked.RedirectPath());

        var link = await portal.LinkToAsync(member.Email!, "/Account/ResetPassword");
        using var reset = await client.SubmitFormAsync(link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = member.Email!,
            ["Input.Password"] = "a-brand-new-passphrase",
            ["Input.ConfirmPassword"] = "a-brand-new-passphrase",
        });
        Assert.Equal("/Account/ResetPasswordConfirmation", reset.RedirectPath());

        using var withOld = await client.SignInAsync(member.Email!, "the-old-passphrase");
        using var withNew = await client.SignInAsync(member.Email!, "a-brand-new-passphrase");
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Equal("/", withNew.RedirectPath());
    }

    [Fact]
    public async Task ForgotPassword_UnknownEmail_AnswersTheSameAndSendsNothing()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.org";
        using var client = portal.CreateSessionClient();

        using var asked = await client.SubmitFormAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal("/Account/ForgotPasswordConfirmation", asked.RedirectPath());
        await Assert.ThrowsAsync<InvalidOperationException>(() => portal.LinkToAsync(email, "/Account/ResetPassword"));
    }
}
