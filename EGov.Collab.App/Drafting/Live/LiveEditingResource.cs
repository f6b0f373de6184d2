namespace EGov.Collab.App.Drafting.Live;

/// <summary>Marker for the live editor's strings (LiveEditingResource.resx: Ukrainian; .en.resx: English).</summary>
public sealed class LiveEditingResource;
