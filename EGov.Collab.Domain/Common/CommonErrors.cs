namespace EGov.Collab.Domain.Common;

/// <summary>Errors shared by every module; codes are localisation keys.</summary>
public static class CommonErrors
{
    public static Error Required(string field) => new("Validation.Required", field);

    public static Error TooLong(string field) => new("Validation.TooLong", field);

    public static Error Invalid(string field) => new("Validation.Invalid", field);

    public static readonly Error NotFound = new("Common.NotFound");

    public static readonly Error Forbidden = new("Common.Forbidden");

    public static readonly Error ConcurrentChange = new("Common.ConcurrentChange");
}
