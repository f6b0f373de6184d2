using EGov.Collab.Domain.Common;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Readiness;

/// <summary>An error as a reader sees it: its localised message, naming the question or component it concerns.</summary>
public static class ReadinessText
{
    public static string Error(IStringLocalizer l, Error error)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(error);
        var message = l[error.Code];
        var text = message.ResourceNotFound ? error.Code : message.Value;
        return error.Field is null ? text : $"{error.Field}: {text}";
    }

    public static string Status(IStringLocalizer l, EGov.Collab.Domain.Readiness.QuestionnaireStatus status) => l[$"Status.{status}"];
}
