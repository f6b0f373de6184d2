namespace EGov.Collab.App.Admin;

/// <summary>Marker for the administration area's strings (AdminResource.resx: Ukrainian; .en.resx: English).</summary>
public sealed class AdminResource;
