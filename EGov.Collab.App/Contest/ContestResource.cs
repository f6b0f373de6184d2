namespace EGov.Collab.App.Contest;

/// <summary>Marker for the contest's strings (ContestResource.resx: Ukrainian; .en.resx: English).</summary>
public sealed class ContestResource;
