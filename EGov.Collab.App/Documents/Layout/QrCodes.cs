using QRCoder;
using SkiaSharp;

namespace EGov.Collab.App.Documents.Layout;

internal static class QrCodes
{
    private static readonly byte[] Dark = [0, 0, 0, 255];
    private static readonly byte[] Light = [255, 255, 255, 255];

    /// <summary>An RGBA PNG (QRCoder's 1-bit default does not survive every PDF path), 6 px per module, quiet zone included.</summary>
    public static byte[] Png(string text)
    {
        // The static generator: a QRCodeGenerator instance costs about three times as much per code.
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(6, Dark, Light);
    }

    /// <summary>
    /// The QR code as an opaque 8-bit grey image: Skia's PDF backend writes an RGBA bitmap as colour plus an alpha
    /// mask, several times the work and the bytes of one grey channel.
    /// </summary>
    public static SKImage Image(string text)
    {
        using var decoded = SKImage.FromEncodedData(Png(text))
            ?? throw new InvalidOperationException("QRCoder produced a PNG Skia cannot decode.");
        using var grey = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(grey))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawImage(decoded, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        grey.SetImmutable();
        return SKImage.FromBitmap(grey);
    }
}
