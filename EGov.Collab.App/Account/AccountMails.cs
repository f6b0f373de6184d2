using EGov.Collab.Data.Common;
using Microsoft.AspNetCore.Identity;

namespace EGov.Collab.App.Account;

/// <summary>
/// Makes the token, the link and the mail for confirmation, email change and password reset. A mail that cannot be sent
/// is logged and reported as false: the member can ask again; the page must not fail.
/// </summary>
public sealed class AccountMails(
    UserManager<Member> users,
    IEmailSender<Member> sender,
    AccountLinks links,
    AccountMailThrottle throttle,
    ILogger<AccountMails> logger)
{
    public async Task<bool> SendConfirmationAsync(Member member)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(member);
        return await TrySendAsync(member, () => sender.SendConfirmationLinkAsync(member, member.Email!, links.ConfirmEmail(member.Id, token)));
    }

    public async Task<bool> SendEmailChangeAsync(Member member, string newEmail)
    {
        var token = await users.GenerateChangeEmailTokenAsync(member, newEmail);
        return await TrySendAsync(member, () => sender.SendConfirmationLinkAsync(member, newEmail, links.ConfirmEmailChange(member.Id, newEmail, token)));
    }

    public async Task<bool> SendPasswordResetAsync(Member member)
    {
        var token = await users.GeneratePasswordResetTokenAsync(member);
        return await TrySendAsync(member, () => sender.SendPasswordResetLinkAsync(member, member.Email!, links.ResetPassword(member.Email!, token)));
    }

    /// <summary>Someone registered with an address that already has an account: its owner gets a password-reset link.</summary>
    public async Task<bool> SendAddressTakenAsync(string email)
    {
        var member = await users.FindByEmailAsync(email);
        return member is null || await SendPasswordResetAsync(member);
    }

#pragma warning disable CA1031 // Any failure of the mail transport is reported, not thrown: the account change itself succeeded.
    private async Task<bool> TrySendAsync(Member member, Func<Task> send)
    {
        if (!throttle.TryTake(member.Id))
        {
            // Reported as sent: these pages never reveal more about an address than "if it is registered, we wrote".
            logger.LogWarning("Account mail to member {MemberId} held back: {Limit} already sent in {Window}.", member.Id, AccountMailThrottle.Limit, AccountMailThrottle.Window);
            return true;
        }
        try
        {
            await send();
            return true;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not send an account mail to member {MemberId}", member.Id);
            return false;
        }
    }
#pragma warning restore CA1031
}
