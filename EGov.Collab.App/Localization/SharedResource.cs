namespace EGov.Collab.App.Localization;

/// <summary>Marker for the shell's and the common pages' strings (SharedResource.resx: Ukrainian; .en.resx: English).</summary>
public sealed class SharedResource;
