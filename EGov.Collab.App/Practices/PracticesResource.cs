namespace EGov.Collab.App.Practices;

/// <summary>Marker for the depository's resource pair (PracticesResource.resx Ukrainian, PracticesResource.en.resx English).</summary>
public sealed class PracticesResource;
