namespace EGov.Collab.App.Documents.Layout;

/// <summary>A piece of flowing content; laying it out places its fragments on one or more pages.</summary>
internal abstract class Block
{
    public abstract void Layout(FlowLayout flow);
}
