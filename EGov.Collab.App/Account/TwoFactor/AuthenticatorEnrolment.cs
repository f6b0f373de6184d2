using System.Globalization;
using System.Text;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace EGov.Collab.App.Account.TwoFactor;

/// <summary>What a member needs to add the portal to an authenticator app: the key in groups of four and its QR code.</summary>
public sealed record AuthenticatorSetup(string SharedKey, string Uri, string QrSvg);

/// <summary>Setting up, proving and removing a TOTP authenticator (RFC 6238, the apps' standard) and its recovery codes.</summary>
public sealed class AuthenticatorEnrolment(UserManager<Member> users, ILogger<AuthenticatorEnrolment> logger)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "EGov.Collab";

    public async Task<AuthenticatorSetup> SetupAsync(Member member)
    {
        var key = await users.GetAuthenticatorKeyAsync(member);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(member);
            key = await users.GetAuthenticatorKeyAsync(member) ?? throw new InvalidOperationException("Identity gave no authenticator key.");
        }

        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(member.Email ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new AuthenticatorSetup(Grouped(key), uri, svg);
    }

    /// <summary>Turns two-factor sign-in on once the member proves the app shows the right code; answers the recovery codes, shown once.</summary>
    public async Task<Result<IReadOnlyList<string>>> EnableAsync(Member member, string? code)
    {
        var token = Normalise(code);
        if (token.Length == 0) return CommonErrors.Required("Code");
        var valid = await users.VerifyTwoFactorTokenAsync(member, users.Options.Tokens.AuthenticatorTokenProvider, token);
        if (!valid) return AccountErrors.WrongTwoFactorCode("Code");
        await users.SetTwoFactorEnabledAsync(member, true);
        logger.LogInformation("Member {MemberId} turned on two-factor sign-in", member.Id);
        return Result.Success(await NewRecoveryCodesAsync(member));
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(Member member) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(member, RecoveryCodeCount))?.ToList() ?? [];

    /// <summary>Off, with a new key, so an old app entry can never sign in again.</summary>
    public async Task DisableAsync(Member member)
    {
        await users.SetTwoFactorEnabledAsync(member, false);
        await users.ResetAuthenticatorKeyAsync(member);
        logger.LogInformation("Member {MemberId} turned off two-factor sign-in", member.Id);
    }

    /// <summary>Codes as people type them: spaces and dashes dropped.</summary>
    public static string Normalise(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }
}
