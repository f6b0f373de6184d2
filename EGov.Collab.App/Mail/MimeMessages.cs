using MimeKit;

namespace EGov.Collab.App.Mail;

/// <summary>Turns a <see cref="PortalMail"/> into the MIME message both senders write, so the outbox shows exactly what SMTP would send.</summary>
public static class MimeMessages
{
    public static MimeMessage Build(PortalMail mail, MailOptions options, DateTimeOffset now)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = now;
        message.MessageId = mail.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("egov-collab.local");
        foreach (var (name, value) in mail.Headers ?? new Dictionary<string, string>())
            message.Headers.Add(name, value);
        message.Body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody }.ToMessageBody();
        return message;
    }
}
