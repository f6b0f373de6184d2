namespace EGov.Collab.App.Account;

/// <summary>What the registration form posts. Everything is text so nothing typed is lost to a failed conversion.</summary>
public sealed class RegistrationForm
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Position { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public string? RegionCode { get; set; }

    /// <summary>An approved organisation picked from the list (ignored when <see cref="NewOrganisation"/> is set).</summary>
    public string? OrganisationId { get; set; }

    /// <summary>"My organisation is not listed": the fields below describe one for an administrator to approve.</summary>
    public bool NewOrganisation { get; set; }
    public string? OrganisationName { get; set; }
    public string? OrganisationKind { get; set; }
    public string? OrganisationRegionCode { get; set; }
    public string? OrganisationEdrpou { get; set; }

    public void ForgetPasswords()
    {
        Password = null;
        ConfirmPassword = null;
    }
}
