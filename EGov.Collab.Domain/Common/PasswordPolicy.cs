namespace EGov.Collab.Domain.Common;

/// <summary>
/// OWASP / NIST SP 800-63B guidance: length, not composition. No required character classes, a generous maximum,
/// and a refusal of passwords that are common or contain the account's own email.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "1234567890", "12345678910", "0123456789", "1111111111", "0000000000", "qwertyuiop", "password123",
        "password1234", "passw0rd123", "iloveyou123", "qwerty12345", "qwerty123456", "1q2w3e4r5t", "1qaz2wsx3edc",
        "adminadmin", "administrator", "abc1234567", "letmein123", "welcome123", "changeme123", "ukraine2026",
        "ukraine123", "slavaukraini", "йцукенгшщз", "пароль12345", "парольпароль", "1234567890q", "zaq12wsxcde",
    };

    public static Result Check(string? password, string? email)
    {
        var value = password ?? "";
        if (value.Length < MinLength) return new Error("Password.TooShort", "Password");
        if (value.Length > MaxLength) return new Error("Password.TooLong", "Password");
        if (value.Distinct().Count() < 3) return new Error("Password.TooSimple", "Password");
        if (Common.Contains(value)) return new Error("Password.Common", "Password");
        var local = (email ?? "").Split('@')[0];
        if (local.Length >= 4 && value.Contains(local, StringComparison.OrdinalIgnoreCase))
            return new Error("Password.ContainsEmail", "Password");
        return Result.Success();
    }
}
