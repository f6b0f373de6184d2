using QRCoder;
using SkiaSharp;

namespace EGov.Collab.App.Learning.Certificates;

/// <summary>
/// A QR code drawn as filled rectangles (one per run of dark modules in a row) instead of a bitmap: sharp at any zoom
/// and in any viewer, a few hundred bytes in the PDF, and no PNG to encode and decode per certificate.
/// </summary>
internal static class VectorQr
{
    public static SKPath Path(string text, SKRect area)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var count = matrix.Count;
        var side = Math.Min(area.Width, area.Height);
        var module = side / count;
        var left = area.MidX - (side / 2f);
        var top = area.MidY - (side / 2f);
        using var path = new SKPathBuilder();
        for (var y = 0; y < count; y++)
        {
            var row = matrix[y];
            var x = 0;
            while (x < count)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < count && row[x]) x++;
                path.AddRect(new SKRect(left + (start * module), top + (y * module), left + (x * module), top + ((y + 1) * module)), SKPathDirection.Clockwise);
            }
        }

        return path.Detach();
    }
}
