namespace EGov.Collab.App.Mail;

public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public string From { get; set; } = "EGov.Collab <no-reply@egov-collab.local>";

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    /// <summary>
    /// Mail:Smtp:UseTls, when set, wins over <see cref="UseStartTls"/>: true requires TLS (implicit on port 465,
    /// STARTTLS otherwise), false sends in clear (a relay on loopback).
    /// </summary>
    public bool? UseTls { get; set; }
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
}
