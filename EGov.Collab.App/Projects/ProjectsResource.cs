namespace EGov.Collab.App.Projects;

/// <summary>Marker for the project exchange's resource pair (ProjectsResource.resx Ukrainian, ProjectsResource.en.resx English).</summary>
public sealed class ProjectsResource;
