namespace EGov.Collab.App.Documents;

/// <summary>Conversions to PDF points (1/72 inch), the unit of every length in this layer.</summary>
public static class PdfUnits
{
    public static float Mm(float millimetres) => millimetres * 72f / 25.4f;

    public static float Cm(float centimetres) => Mm(centimetres * 10f);
}
