using System.Text;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// The name printed on a certificate, in Ukrainian as the member wrote it and in Latin letters (the 2010 resolution).
/// Apostrophes (any of ' ’ ʼ) and hyphens are part of Ukrainian names (О'Коннор-Петренко): they are kept, the
/// apostrophe made the Ukrainian one (ʼ), and spaces collapsed. Digits and other symbols are refused.
/// </summary>
public sealed record HolderName(string Ukrainian, string Latin)
{
    public const int MaxLength = 150;

    public static Result<HolderName> Create(string? fullName)
    {
        var words = (fullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return CommonErrors.Required("Name");
        var name = new StringBuilder();
        foreach (var c in string.Join(' ', words).Normalize(NormalizationForm.FormC))
        {
            if (c is '\'' or '\u2019' or '\u02BC') name.Append('\u02BC');
            else if (char.IsLetter(c) || c is ' ' or '-' or '.') name.Append(c);
            else return LearningErrors.HolderNameInvalid;
        }
        var ukrainian = name.ToString();
        if (ukrainian.Length > MaxLength) return CommonErrors.TooLong("Name");
        return new HolderName(ukrainian, UkrainianTransliteration.ToLatin(ukrainian));
    }
}
