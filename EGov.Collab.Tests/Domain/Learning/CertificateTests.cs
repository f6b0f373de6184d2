using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class CertificateTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);

    internal static Course NewCourse() =>
        Course.Create("Електронне урядування", "E-Governance", "Курс", 36, "Академія", "Academy", "Олена Гнатюк — ректорка", "EG", Now).Value;

    private static Certificate NewCertificate(CertificateKind kind = CertificateKind.CourseCompletion)
    {
        var course = NewCourse();
        var number = CertificateNumber.Create(Certificate.PrefixFor(course, kind), 2026, 123).Value;
        return Certificate.Issue(number, VerificationCode.New(), kind, Guid.CreateVersion7(), HolderName.Create("Ольга О'Коннор-Петренко").Value,
            course, null, new DateOnly(2026, 3, 14), null, Now);
    }

    [Fact]
    public void Issue_CopiesWhatTheCertificateShows()
    {
        var certificate = NewCertificate();

        Assert.Equal("EG-2026-000123", certificate.Number);
        Assert.Equal("Olha OKonnor-Petrenko", certificate.HolderNameLatin);
        Assert.Equal("Електронне урядування", certificate.CourseTitle);
        Assert.Equal("E-Governance", certificate.CourseTitleEn);
        Assert.Equal(36, certificate.Hours);
        Assert.True(VerificationCode.TryParse(certificate.Code, out _));
    }

    [Fact]
    public void PrefixFor_TrainerConsultant_IsNumberedApart()
    {
        Assert.StartsWith("EGT-2026-", NewCertificate(CertificateKind.TrainerConsultant).Number, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoke_WithoutReason_IsRefused()
    {
        var certificate = NewCertificate();

        Assert.Equal(LearningErrors.RevocationReasonRequired, certificate.Revoke("  ", Now).Error);
        Assert.False(certificate.IsRevoked);
    }

    [Fact]
    public void Revoke_Twice_SecondIsRefused()
    {
        var certificate = NewCertificate();

        Assert.True(certificate.Revoke("Виявлено списування на тесті", Now).IsSuccess);
        Assert.Equal(LearningErrors.AlreadyRevoked, certificate.Revoke("ще раз", Now).Error);
        Assert.Equal("Виявлено списування на тесті", certificate.RevocationReason);
    }

    [Fact]
    public void Course_BadPrefix_IsRefused()
    {
        var result = Course.Create("Курс", "", "", 10, "Академія", "", "", "eg1", Now);

        Assert.Equal(LearningErrors.CertificateNumberInvalid, result.Error);
    }

    [Fact]
    public void Signatories_AreReadOneALine()
    {
        var signatories = Signatory.Parse("Олена Гнатюк — ректорка Академії\nВіктор Савченко — тренер-консультант");

        Assert.Equal([new Signatory("Олена Гнатюк", "ректорка Академії"), new Signatory("Віктор Савченко", "тренер-консультант")], signatories);
    }

    [Fact]
    public void LessonAttachments_OnlyWebLinksSurvive()
    {
        var attachments = LessonAttachment.Parse("Закон | https://zakon.rada.gov.ua/laws/show/851-15\nЗло | javascript:alert(1)\nбез посилання");

        Assert.Equal([new LessonAttachment("Закон", "https://zakon.rada.gov.ua/laws/show/851-15")], attachments);
    }

    [Fact]
    public void CertificateBatch_Progress_IsAPercentOfTotal()
    {
        var batch = CertificateBatch.Request(Guid.CreateVersion7(), Guid.CreateVersion7(), "uk-UA", Now);
        batch.Start(200);
        batch.Progress(50);

        Assert.Equal(25, batch.Percent);
        batch.Finish(1024, Now);
        Assert.Equal(100, batch.Percent);
        Assert.Equal(BatchStatus.Done, batch.Status);
    }
}
