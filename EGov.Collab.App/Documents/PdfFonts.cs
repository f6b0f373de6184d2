using SkiaSharp;

namespace EGov.Collab.App.Documents;

/// <summary>
/// Noto Sans Regular and Bold, subset to Latin and Cyrillic and embedded in this assembly (see Fonts/README.md).
/// Fonts are never looked up on the host, so every server renders the same glyphs, dots of «ї» included.
/// </summary>
public static class PdfFonts
{
    private const string ResourcePrefix = "EGov.Collab.App.Documents.Fonts.";

    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("NotoSans-Regular.ttf"));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("NotoSans-Bold.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    public static SKTypeface For(bool bold) => bold ? Bold : Regular;

    private static SKTypeface Load(string fileName)
    {
        var name = ResourcePrefix + fileName;
        // SKTypeface takes ownership of the stream and keeps reading from it: it must not be disposed here.
        var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font '{name}' is missing from the assembly.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The embedded font '{name}' could not be read.");
    }
}
