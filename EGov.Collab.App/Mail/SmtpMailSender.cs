using MailKit;
using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace EGov.Collab.App.Mail;

/// <summary>
/// Production sender: MailKit over SMTP, configured by Mail:Smtp. Connections are kept in a small pool and reused, so a
/// newsletter to thousands does not open a connection per message; a connection that failed is thrown away.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options, TimeProvider clock) : IMailSender, IDisposable
{
    private const int PoolSize = 8;
    private readonly ConcurrentBag<SmtpClient> _idle = [];

    public async Task SendAsync(PortalMail mail, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var message = MimeMessages.Build(mail, settings, clock.GetUtcNow());
        var (client, pooled) = await TakeAsync(settings.Smtp, cancellationToken);
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (pooled && exception is IOException or ServiceNotConnectedException)
        {
            // The server closed an idle pooled connection before our MAIL command: once more on a fresh one.
            client.Dispose();
            (client, _) = await TakeAsync(settings.Smtp, cancellationToken, fresh: true);
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }
        if (_idle.Count < PoolSize) _idle.Add(client);
        else await CloseAsync(client);
    }

    public static SecureSocketOptions Security(SmtpOptions smtp) => smtp.UseTls switch
    {
        true => SecureSocketOptions.Auto,
        false => SecureSocketOptions.None,
        null => smtp.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None,
    };

    private async Task<(SmtpClient Client, bool Pooled)> TakeAsync(SmtpOptions smtp, CancellationToken cancellationToken, bool fresh = false)
    {
        while (!fresh && _idle.TryTake(out var pooled))
        {
            if (pooled.IsConnected) return (pooled, true);
            pooled.Dispose();
        }
        var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, Security(smtp), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
                await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
            return (client, false);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task CloseAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true);
        }
        catch (IOException)
        {
            // Closing a connection the server already dropped: nothing to do.
        }
        finally
        {
            client.Dispose();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var client))
            client.Dispose();
    }
}
