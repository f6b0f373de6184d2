namespace EGov.Collab.App.Documents;

public enum TextAlignment
{
    Left,
    Center,
    Right,
}
