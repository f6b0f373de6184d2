using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Mail;

/// <summary>The embedded default: every message becomes an .eml file in the outbox folder, browsable at /admin/outbox.</summary>
public sealed class OutboxMailSender(Outbox outbox, IOptions<MailOptions> options, TimeProvider clock) : IMailSender
{
    public async Task SendAsync(PortalMail mail, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var message = MimeMessages.Build(mail, options.Value, now);
        await outbox.WriteAsync(message, now, cancellationToken);
    }
}
