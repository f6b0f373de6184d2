namespace EGov.Collab.App.Documents;

/// <summary>Which page a header or footer is drawn on: <see cref="Number"/> of <see cref="Count"/>, counted from 1.</summary>
public readonly record struct PageInfo(int Number, int Count);
