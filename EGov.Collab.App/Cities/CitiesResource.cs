namespace EGov.Collab.App.Cities;

/// <summary>Marker for the city cabinets' strings (CitiesResource.resx: Ukrainian; .en.resx: English).</summary>
public sealed class CitiesResource;
