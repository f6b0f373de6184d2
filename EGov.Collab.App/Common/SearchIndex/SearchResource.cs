namespace EGov.Collab.App.Common.SearchIndex;

/// <summary>Marker for the search's resource pair (SearchResource.resx Ukrainian, SearchResource.en.resx English).</summary>
public sealed class SearchResource;
