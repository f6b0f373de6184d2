namespace EGov.Collab.App.Methodology;

/// <summary>Marker for the methodology module's strings (MethodologyResource.resx, uk-UA; MethodologyResource.en.resx).</summary>
public sealed class MethodologyResource;
