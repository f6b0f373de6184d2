namespace EGov.Collab.Domain.Practices;

/// <summary>Draft (author or editors) → Submitted (experts review) → ChangesRequested (back to the author) → Published.</summary>
public enum PracticeStatus
{
    Draft = 1,
    Submitted = 2,
    ChangesRequested = 3,
    Published = 4,
}
