using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>
/// The unguessable code behind <c>/verify/{code}</c>: 80 random bits as 16 Crockford base32 characters in groups of
/// four (<c>7KQ2-M9XD-4HPR-W6TA</c>). Crockford's alphabet leaves out I, L, O and U, so a code read aloud or copied
/// from paper survives: the parser folds O to 0 and I, L to 1, ignores case and dashes, and refuses anything else.
/// </summary>
public sealed record VerificationCode
{
    public const int ByteCount = 10;
    public const int Length = ByteCount * 8 / 5;
    private const int GroupLength = 4;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private VerificationCode(string value) => Value = value;

    /// <summary>The canonical form: upper case, dashes between groups of four.</summary>
    public string Value { get; }

    /// <summary>A new code from the system's cryptographic random number generator.</summary>
    public static VerificationCode New() => New(RandomNumberGenerator.Fill);

    /// <summary>A new code from <paramref name="fillRandom"/>, which fills its span with random bytes (tests pass a fixed one).</summary>
    public static VerificationCode New(RandomFill fillRandom)
    {
        ArgumentNullException.ThrowIfNull(fillRandom);
        Span<byte> bytes = stackalloc byte[ByteCount];
        fillRandom(bytes);
        return FromBytes(bytes);
    }

    public static VerificationCode FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteCount)
            throw new ArgumentException($"A verification code is made of exactly {ByteCount} bytes.", nameof(bytes));
        var symbols = new char[Length];
        for (var i = 0; i < Length; i++) symbols[i] = Alphabet[ReadFiveBits(bytes, i * 5)];
        return new VerificationCode(Group(symbols));
    }

    /// <summary>Reads a code as a person typed it; refusals carry <see cref="LearningErrors.VerificationCodeInvalid"/>.</summary>
    public static Result<VerificationCode> Parse(string? text)
    {
        var symbols = new char[Length];
        var count = 0;
        foreach (var c in (text ?? "").Trim())
        {
            if (c == '-') continue;
            var symbol = Normalise(c);
            if (symbol is null || count == Length) return LearningErrors.VerificationCodeInvalid;
            symbols[count++] = symbol.Value;
        }
        return count == Length ? new VerificationCode(Group(symbols)) : LearningErrors.VerificationCodeInvalid;
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out VerificationCode? code)
    {
        var parsed = Parse(text);
        code = parsed.IsSuccess ? parsed.Value : null;
        return code is not null;
    }

    public override string ToString() => Value;

    private static char? Normalise(char c)
    {
        var upper = char.ToUpperInvariant(c);
        upper = upper switch { 'O' => '0', 'I' or 'L' => '1', _ => upper };
        return char.IsAscii(upper) && Alphabet.Contains(upper, StringComparison.Ordinal) ? upper : null;
    }

    // Big-endian bit order: the first symbol carries the top five bits of the first byte.
    private static int ReadFiveBits(ReadOnlySpan<byte> bytes, int bitOffset)
    {
        var value = 0;
        for (var bit = bitOffset; bit < bitOffset + 5; bit++)
            value = (value << 1) | ((bytes[bit / 8] >> (7 - (bit % 8))) & 1);
        return value;
    }

    private static string Group(char[] symbols)
    {
        var grouped = new StringBuilder(Length + Length / GroupLength);
        for (var i = 0; i < symbols.Length; i++)
        {
            if (i > 0 && i % GroupLength == 0) grouped.Append('-');
            grouped.Append(symbols[i]);
        }
        return grouped.ToString();
    }
}
