namespace EGov.Collab.Domain.Common;

/// <summary>A refusal a user can trigger. <see cref="Code"/> is a localisation key; <see cref="Field"/> names the input it concerns.</summary>
public sealed record Error(string Code, string? Field = null)
{
    public override string ToString() => Field is null ? Code : $"{Field}: {Code}";
}

public class Result
{
    private static readonly Result SuccessInstance = new(null);

    protected Result(Error? error) => Error = error;

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result Success() => SuccessInstance;

    public static Result Failure(Error error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static Result<T> Success<T>(T value) => Result<T>.Ok(value);

    public static implicit operator Result(Error error) => Failure(error);
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T? value, Error? error) : base(error) => _value = value;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: the result failed with {Error}.");

    internal static Result<T> Ok(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result<T>(T value) => new(value, null);
}
