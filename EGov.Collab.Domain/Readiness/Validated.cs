using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Readiness;

/// <summary>
/// A value or every problem found with it. <see cref="Result{T}"/> carries one error; a rating model or a questionnaire
/// has to show all its problems at once, beside each field, so the author fixes them in one pass.
/// </summary>
public sealed class Validated<T>
{
    private readonly T? _value;

    private Validated(T? value, IReadOnlyList<Error> errors)
    {
        _value = value;
        Errors = errors;
    }

    public IReadOnlyList<Error> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public T Value => IsValid ? _value! : throw new InvalidOperationException($"No value: {string.Join(", ", Errors)}.");

    public static Validated<T> Valid(T value) => new(value, []);

    public static Validated<T> Invalid(IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0) throw new ArgumentException("An invalid value needs at least one error.", nameof(errors));
        return new(default, [.. errors]);
    }

    /// <summary>The first problem as a plain <see cref="Result{T}"/>, for callers that show one message.</summary>
    public Result<T> ToResult() => IsValid ? Result.Success(_value!) : Errors[0];
}
