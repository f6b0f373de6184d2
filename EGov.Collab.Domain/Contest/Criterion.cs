using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Contest;

/// <summary>A criterion of a nomination: a weight in whole per cent (the nomination's add up to 100) and a scale.</summary>
public sealed class Criterion
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    private Criterion()
    {
        Name = "";
        Description = "";
    }

    public Guid Id { get; private set; }
    public Guid NominationId { get; private set; }
    public string Name { get; private set; }
    public string Description { get; private set; }
    public int Weight { get; private set; }
    public double ScaleMin { get; private set; }
    public double ScaleMax { get; private set; }
    public int Order { get; private set; }

    public CriterionSpec Spec => new(Id, Weight, ScaleMin, ScaleMax);

    public static Result<Criterion> Create(Guid nominationId, string name, string description, int weight, double scaleMin, double scaleMax, int order)
    {
        if (string.IsNullOrWhiteSpace(name)) return CommonErrors.Required("Name");
        if (name.Length > NameMaxLength) return CommonErrors.TooLong("Name");
        if ((description ?? "").Length > DescriptionMaxLength) return CommonErrors.TooLong("Description");
        if (weight is < 1 or > CriteriaRules.TotalWeight) return ContestErrors.InvalidWeight;
        var scale = CriteriaRules.ValidateScale(scaleMin, scaleMax);
        if (!scale.IsSuccess) return scale.Error!;
        return new Criterion
        {
            Id = Guid.CreateVersion7(),
            NominationId = nominationId,
            Name = name.Trim(),
            Description = (description ?? "").Trim(),
            Weight = weight,
            ScaleMin = scaleMin,
            ScaleMax = scaleMax,
            Order = order,
        };
    }
}
