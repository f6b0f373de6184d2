namespace EGov.Collab.App.Documents.Layout;

/// <summary>One wrapped line and its advance width in points.</summary>
internal readonly record struct TextLine(string Text, float Width);
