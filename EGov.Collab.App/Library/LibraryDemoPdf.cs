using System.Globalization;
using EGov.Collab.App.Documents;

namespace EGov.Collab.App.Library;

/// <summary>The demo works' PDFs, written with the portal's PDF layer: a title page and two pages of sections.</summary>
internal static class LibraryDemoPdf
{
    public static byte[] Build(LibraryDemoWork work, int index, int version)
    {
        var english = work.Language == "en";
        var title = work.Title;
        var sections = english ? LibraryDemoWorks.SectionsEn : LibraryDemoWorks.SectionsUk;
        var builder = new PdfDocumentBuilder()
            .Title(title)
            .Author(string.Join("; ", work.Creators))
            .Subject(english ? work.AbstractEn : work.AbstractUk)
            .Keywords(work.Subjects)
            .PageNumbers(english ? "Page {0} of {1}" : "Сторінка {0} з {1}")
            .Heading(title)
            .Paragraph(string.Join("; ", work.Creators), TextStyle.Heading3)
            .Paragraph($"{work.Publisher}, {work.Year.ToString(CultureInfo.InvariantCulture)}")
            .Spacer(12)
            .Paragraph(english ? work.AbstractEn : work.AbstractUk);
        if (version > 1)
            builder.Paragraph(english ? $"Revised edition {version}." : $"Виправлене видання, версія {version}.", TextStyle.Small);
        for (var page = 0; page < 2; page++)
        {
            builder.PageBreak();
            for (var i = 0; i < 3; i++)
            {
                var (heading, text) = sections[(index + page * 3 + i) % sections.Length];
                builder.Heading(heading, 2).Paragraph(text).Paragraph(text.Replace(". ", $". {Topic(work)} ", StringComparison.Ordinal));
            }
        }
        return builder.Build();
    }

    private static string Topic(LibraryDemoWork work) => work.Subjects[0] + ":";
}
