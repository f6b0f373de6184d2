namespace EGov.Collab.App.Readiness;

/// <summary>Marker for the e-readiness module's strings (ReadinessResource.resx: Ukrainian; .en.resx: English).</summary>
public sealed class ReadinessResource;
