namespace EGov.Collab.App.ExpertClub;

/// <summary>Marker for the expert club's strings (ExpertClubResource.resx: Ukrainian; .en.resx: English).</summary>
public sealed class ExpertClubResource;
