using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// A certificate's human-readable number, <c>EG-2026-000123</c>: an issuer prefix of 2–5 Latin capitals, the year of
/// issue and a six-digit sequence within that prefix and year. It identifies a certificate for people; it is
/// guessable, so verification uses <see cref="VerificationCode"/>, never this number.
/// </summary>
public sealed record CertificateNumber
{
    public const int MaxSequence = 999_999;

    private CertificateNumber(string prefix, int year, int sequence) => (Prefix, Year, Sequence) = (prefix, year, sequence);

    public string Prefix { get; }

    public int Year { get; }

    public int Sequence { get; }

    public static Result<CertificateNumber> Create(string prefix, int year, int sequence)
    {
        if (!IsPrefix(prefix) || year is < 1000 or > 9999) return LearningErrors.CertificateNumberInvalid;
        if (sequence is <= 0 or > MaxSequence) return LearningErrors.CertificateSequenceOutOfRange;
        return new CertificateNumber(prefix, year, sequence);
    }

    /// <summary>Reads a number as typed by a person: surrounding spaces and lower case are accepted.</summary>
    public static Result<CertificateNumber> Parse(string? text)
    {
        var parts = (text ?? "").Trim().ToUpperInvariant().Split('-');
        if (parts.Length != 3 || parts[1].Length != 4 || parts[2].Length != 6
            || !parts[1].All(char.IsAsciiDigit) || !parts[2].All(char.IsAsciiDigit))
            return LearningErrors.CertificateNumberInvalid;
        var year = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var sequence = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var created = Create(parts[0], year, sequence);
        return created.IsSuccess ? created : LearningErrors.CertificateNumberInvalid;
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out CertificateNumber? number)
    {
        var parsed = Parse(text);
        number = parsed.IsSuccess ? parsed.Value : null;
        return number is not null;
    }

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D6}");

    public override string ToString() => Format();

    private static bool IsPrefix(string? prefix) =>
        prefix is { Length: >= 2 and <= 5 } && prefix.All(char.IsAsciiLetterUpper);
}
