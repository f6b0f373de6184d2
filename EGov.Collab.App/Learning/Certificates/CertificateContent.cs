using EGov.Collab.Domain.Learning;

namespace EGov.Collab.App.Learning.Certificates;

/// <summary>Everything printed on one certificate; built from a <see cref="Certificate"/> row.</summary>
public sealed record CertificateContent(
    string Number,
    string Code,
    CertificateKind Kind,
    string HolderName,
    string HolderNameLatin,
    string CourseTitle,
    string CourseTitleEn,
    int Hours,
    DateOnly IssuedOn,
    string Issuer,
    string IssuerEn,
    IReadOnlyList<Signatory> Signatories,
    bool IsRevoked,
    string VerifyUrl)
{
    public static CertificateContent From(Certificate certificate, string verifyBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new CertificateContent(
            certificate.Number, certificate.Code, certificate.Kind, certificate.HolderName, certificate.HolderNameLatin,
            certificate.CourseTitle, certificate.CourseTitleEn, certificate.Hours, certificate.IssuedOn, certificate.Issuer,
            certificate.IssuerEn, Signatory.Parse(certificate.Signatories), certificate.IsRevoked,
            VerifyUrlFor(verifyBaseUrl, certificate.Code));
    }

    public static string VerifyUrlFor(string baseUrl, string code) => (baseUrl ?? "").TrimEnd('/') + "/verify/" + code;
}

/// <summary>The certificate's fixed wording in one language, read once from LearningResource.</summary>
public sealed record CertificateLabels(
    string Culture,
    string Title,
    string TrainerTitle,
    string Certifies,
    string Completed,
    string TrainerCompleted,
    string Hours,
    string NumberLabel,
    string DateLabel,
    string VerifyLabel,
    string Revoked)
{
    public bool IsEnglish => Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
