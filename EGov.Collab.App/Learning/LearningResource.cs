namespace EGov.Collab.App.Learning;

/// <summary>Marker for the e-education module's strings (LearningResource.resx: Ukrainian; .en.resx: English).</summary>
public sealed class LearningResource;
