namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>One provision of a draft: its stable id (never reused), its kind and its text (UTF-16, as in .NET and JS).</summary>
public sealed record Provision(Guid Id, ProvisionKind Kind, string Text);
