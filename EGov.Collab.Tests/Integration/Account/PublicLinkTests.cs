using EGov.Collab.App.Common;
using EGov.Collab.App.Mail;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Account;

/// <summary>Finding 6 of the outside test: a crafted Host header must not put its host into the portal's mails.</summary>
[Collection(SharedPortal.Name)]
public sealed class PublicLinkTests(PortalFactory portal)
{
    [Fact]
    public async Task ForgotPassword_WithAForgedHost_MailsALinkOnThePublicUrl()
    {
        var member = await portal.CreateMemberAsync();
        using var client = portal.CreateSessionClient();
        client.DefaultRequestHeaders.Host = "phishing.example";

        using var asked = await client.SubmitFormAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = member.Email! });

        var outbox = portal.Services.GetRequiredService<Outbox>();
        var item = outbox.List().Single(m => m.To.Contains(member.Email!, StringComparison.OrdinalIgnoreCase));
        var body = (await outbox.ReadAsync(item.FileName))?.TextBody ?? "";
        Assert.DoesNotContain("phishing.example", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(portal.Services.GetRequiredService<PublicLinks>().BaseUrl + "/Account/ResetPassword", body, StringComparison.Ordinal);
    }
}
