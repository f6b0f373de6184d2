namespace EGov.Collab.Domain.Learning;

/// <summary>Fills a buffer with random bytes; <c>RandomNumberGenerator.Fill</c> in production, a fixed sequence in tests.</summary>
public delegate void RandomFill(Span<byte> buffer);
