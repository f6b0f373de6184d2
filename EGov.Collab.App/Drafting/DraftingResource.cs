namespace EGov.Collab.App.Drafting;

/// <summary>Marker for the drafting module's strings (DraftingResource.resx, Ukrainian; .en.resx, English).</summary>
public sealed class DraftingResource;
