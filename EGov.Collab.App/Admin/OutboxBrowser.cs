using System.Security.Claims;
using EGov.Collab.App.Common;
using EGov.Collab.App.Mail;
using EGov.Collab.Domain.Common;
using MimeKit;

namespace EGov.Collab.App.Admin;

public sealed record MailHeader(string Name, string Value);

public sealed record OutboxMessage(string FileName, string Subject, string From, string To, DateTimeOffset Date,
    IReadOnlyList<MailHeader> Headers, string? TextBody, string? HtmlBody);

/// <summary>The mail outbox for portal administrators: what the portal would have sent, message by message.</summary>
public sealed class OutboxBrowser(Outbox outbox, ModuleAccess access)
{
    public async Task<Result<IReadOnlyList<OutboxItem>>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;
        return Result.Success(outbox.List());
    }

    /// <summary>One message by file name; <see cref="AdminErrors.MessageNotFound"/> for a name that is not in the outbox.</summary>
    public async Task<Result<OutboxMessage>> ReadAsync(ClaimsPrincipal user, string fileName, CancellationToken cancellationToken = default)
    {
        var allowed = await access.PortalAdministratorAsync(user, cancellationToken);
        if (!allowed.IsSuccess) return allowed.Error!;

        MimeMessage? message;
        try
        {
            message = await outbox.ReadAsync(fileName, cancellationToken);
        }
        catch (FormatException)
        {
            // MimeKit's ParseException derives from FormatException: a damaged file is as good as missing.
            message = null;
        }
        if (message is null) return AdminErrors.MessageNotFound;
        return new OutboxMessage(
            fileName,
            message.Subject ?? "",
            Addresses(message.From),
            Addresses(message.To),
            message.Date,
            message.Headers.Select(h => new MailHeader(h.Field, h.Value)).ToList(),
            message.TextBody,
            message.HtmlBody);
    }

    /// <summary>How many messages wait in the outbox, for the administration home page.</summary>
    internal int Count() => Directory.Exists(outbox.Folder) ? Directory.EnumerateFiles(outbox.Folder, "*.eml").Count() : 0;

    private static string Addresses(InternetAddressList list) =>
        string.Join(", ", list.Mailboxes.Select(m => string.IsNullOrEmpty(m.Name) ? m.Address : $"{m.Name} <{m.Address}>"));
}
