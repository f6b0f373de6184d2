namespace EGov.Collab.App.Library;

/// <summary>Marker for the library's resource pair (LibraryResource.resx Ukrainian, LibraryResource.en.resx English).</summary>
public sealed class LibraryResource;
