using System.Globalization;
using System.Security.Claims;
using EGov.Collab.App.Localization;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Learning.Components;

/// <summary>What the module's components share: the reader, both localisers, error texts and date formats.</summary>
public abstract class LearningComponentBase : PortalComponentBase
{
    [Inject]
    protected IStringLocalizer<LearningResource> L { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<SharedResource> S { get; set; } = default!;

    [Inject]
    protected LearningMessages Messages { get; set; } = default!;

    protected static bool IsEnglish => Culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    protected static string Date(DateOnly day) => day.ToString("d MMMM yyyy", Culture);

    protected string ErrorText(Error error) => Messages.For(error);

    protected string KindName(CohortKind kind) => L[$"Learning.CohortKind.{kind}"];

    protected string CertificateKindName(CertificateKind kind) => L[$"Learning.CertificateKind.{kind}"];

    protected static string PdfUrl(string code, bool english = false) => $"/certificates/{code}.pdf" + (english ? "?lang=en-US" : "?lang=uk-UA");
}
