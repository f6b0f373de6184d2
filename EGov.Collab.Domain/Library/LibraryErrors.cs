using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Library;

public static class LibraryErrors
{
    public static readonly Error NotAwaitingReview = new("Library.Error.NotAwaitingReview");
    public static readonly Error NotReturned = new("Library.Error.NotReturned");
    public static readonly Error NotPublished = new("Library.Error.NotPublished");
    public static readonly Error AlreadyWithdrawn = new("Library.Error.AlreadyWithdrawn");
    public static readonly Error LicenceNotGranted = new("Library.Error.LicenceNotGranted", nameof(LibraryMetadata.LicenceUri));
    public static readonly Error EmbargoInPast = new("Library.Error.EmbargoInPast", "Embargo");
    public static readonly Error NotAPdf = new("Library.Error.NotAPdf", "File");
    public static readonly Error FileRequired = new("Library.Error.FileRequired", "File");

    /// <summary>The uploaded file is already in the library (the service also says which item holds it).</summary>
    public static readonly Error DuplicateFile = new("Library.Error.DuplicateFile", "File");
}
