namespace EGov.Collab.App.Mail;

/// <summary>A message to one recipient. Headers carry extras such as List-Unsubscribe.</summary>
public sealed record PortalMail(
    string To,
    string Subject,
    string HtmlBody,
    string TextBody,
    string? MessageId = null,
    IReadOnlyDictionary<string, string>? Headers = null);

public interface IMailSender
{
    Task SendAsync(PortalMail mail, CancellationToken cancellationToken = default);
}
