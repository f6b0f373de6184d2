using System.Globalization;
using System.Net;
using EGov.Collab.App.Localization;
using EGov.Collab.App.Mail;
using EGov.Collab.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Account;

/// <summary>Identity's confirmation and reset mails, written in the member's preferred language and sent through <see cref="IMailSender"/>.</summary>
public sealed class IdentityMailSender(IMailSender mail, IStringLocalizer<SharedResource> l) : IEmailSender<Member>
{
    public Task SendConfirmationLinkAsync(Member user, string email, string confirmationLink) =>
        SendAsync(user, email, "Mail.Confirm", confirmationLink);

    public Task SendPasswordResetLinkAsync(Member user, string email, string resetLink) =>
        SendAsync(user, email, "Mail.Reset", resetLink);

    public Task SendPasswordResetCodeAsync(Member user, string email, string resetCode) =>
        SendAsync(user, email, "Mail.ResetCode", resetCode);

    private async Task SendAsync(Member user, string email, string key, string linkOrCode)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalCultures.IsSupported(user.PreferredCulture) ? user.PreferredCulture : PortalCultures.Default);
        try
        {
            var subject = l[$"{key}.Subject"].Value;
            var greeting = string.Format(CultureInfo.CurrentCulture, l["Mail.Greeting"], user.FullName);
            var text = l[$"{key}.Text"].Value;
            var isLink = linkOrCode.StartsWith("http", StringComparison.OrdinalIgnoreCase);
            var encoded = WebUtility.HtmlEncode(linkOrCode);
            var html = $"""
                <p>{WebUtility.HtmlEncode(greeting)}</p>
                <p>{WebUtility.HtmlEncode(text)}</p>
                <p>{(isLink ? $"<a href=\"{encoded}\">{WebUtility.HtmlEncode(l[$"{key}.Action"])}</a>" : $"<strong>{encoded}</strong>")}</p>
                <p>{WebUtility.HtmlEncode(l["Mail.Ignore"])}</p>
                <p>— {WebUtility.HtmlEncode(l["Portal.Name"])}</p>
                """;
            var plain = $"{greeting}\n\n{text}\n\n{linkOrCode}\n\n{l["Mail.Ignore"]}\n\n— {l["Portal.Name"]}";
            await mail.SendAsync(new PortalMail(email, subject, html, plain));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
