namespace EGov.Collab.App.Mail;

public static class MailModule
{
    /// <summary>SMTP when Mail:Smtp:Host is set; otherwise the outbox folder.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.SectionName));
        services.AddSingleton<Outbox>();
        var options = configuration.GetSection(MailOptions.SectionName).Get<MailOptions>() ?? new MailOptions();
        if (options.UsesSmtp)
            services.AddSingleton<IMailSender, SmtpMailSender>();
        else
            services.AddSingleton<IMailSender, OutboxMailSender>();
        return services;
    }
}
