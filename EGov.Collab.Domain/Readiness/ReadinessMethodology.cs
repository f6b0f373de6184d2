namespace EGov.Collab.Domain.Readiness;

/// <summary>The stored methodology of one assessment year; only a definition that makes a valid rating model is accepted.</summary>
public sealed class ReadinessMethodology
{
    private ReadinessMethodology()
    {
        Definition = default!;
    }

    public int Year { get; private set; }
    public MethodologyDefinition Definition { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public RatingModel Model() => Definition.ToModel().Value;

    public static Validated<ReadinessMethodology> Create(MethodologyDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var model = definition.ToModel();
        return model.IsValid
            ? Validated<ReadinessMethodology>.Valid(new ReadinessMethodology { Year = definition.Year, Definition = definition, UpdatedAt = now })
            : Validated<ReadinessMethodology>.Invalid(model.Errors);
    }

    /// <summary>Replaces the definition (same year), or returns every problem and keeps the current one.</summary>
    public Validated<RatingModel> Change(MethodologyDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var model = (definition with { Year = Year }).ToModel();
        if (!model.IsValid) return model;
        Definition = definition with { Year = Year };
        UpdatedAt = now;
        return model;
    }
}
