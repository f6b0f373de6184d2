namespace EGov.Collab.App.Account;

/// <summary>
/// A one-line outcome carried across a redirect in a short-lived cookie. Only the AccountResource key travels, so a
/// tampered cookie can show nothing but one of our own messages.
/// </summary>
public sealed record StatusNotice(string Key, bool IsError)
{
    public static StatusNotice Success(string key) => new(key, false);

    public static StatusNotice Failure(string key) => new(key, true);

    public string ToCookie() => (IsError ? "e:" : "s:") + Key;

    public static StatusNotice? FromCookie(string? value)
    {
        if (value is null || value.Length < 3 || value[1] != ':') return null;
        return value[0] switch
        {
            'e' => Failure(value[2..]),
            's' => Success(value[2..]),
            _ => null,
        };
    }
}
