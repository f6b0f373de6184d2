namespace EGov.Collab.App.Journal;

/// <summary>Marker for the journal's resource pair (JournalResource.resx Ukrainian, JournalResource.en.resx English).</summary>
public sealed class JournalResource;
