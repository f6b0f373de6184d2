using EGov.Collab.App.Common;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Collab.App.Account;

public static class AccountModule
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>ASP.NET Core Identity on the portal's database, with cookie sign-in for the account pages.</summary>
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "egov.auth";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
        });

        services.AddScoped<PortalIdentityErrorDescriber>();
        services.AddIdentityCore<Member>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                // The user name is the email, already checked as one: do not refuse apostrophes or Cyrillic addresses.
                options.User.AllowedUserNameCharacters = "";
                // Length, not composition (OWASP, NIST SP 800-63B): PolicyPasswordValidator holds the rules.
                options.Password.RequiredLength = PasswordPolicy.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CollabDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<PortalIdentityErrorDescriber>()
            .AddPasswordValidator<PolicyPasswordValidator>()
            .AddClaimsPrincipalFactory<MemberClaimsFactory>();
        services.AddSingleton<AccountMailThrottle>();
        services.AddSingleton<SignInAddressThrottle>();
        services.AddOptions<TwoFactor.TwoFactorOptions>().BindConfiguration(TwoFactor.TwoFactorOptions.Section);
        services.AddScoped<TwoFactor.AuthenticatorEnrolment>();
        services.AddHttpContextAccessor();
        services.AddScoped<IEmailSender<Member>, IdentityMailSender>();

        services.AddScoped<AccountText>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountMails>();
        services.AddScoped<MemberSignIn>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<PersonalData>();
        services.AddSingleton<OrganisationChoices>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/Account");
        account.MapPost("/Logout", async (SignInManager<Member> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
        account.MapPost("/Manage/DownloadPersonalData", DownloadPersonalDataAsync).RequireAuthorization();
        return endpoints;
    }

    /// <summary>POST (with the form's antiforgery token) → a JSON file of the member's [PersonalData] properties.</summary>
    private static async Task<IResult> DownloadPersonalDataAsync(HttpContext context, UserManager<Member> users, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
        var member = await users.GetUserAsync(context.User);
        if (member is null) return Results.Redirect("/Account/InvalidUser");
        return TypedResults.File(PersonalData.ToJson(member), "application/json", "personal-data.json");
    }
}
