using System.Text.Json;
using System.Text.Json.Serialization;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Readiness;

/// <summary>
/// The definition is one JSON document per year: it is always read, edited, validated and published whole, never
/// queried by its parts, so tables per component and indicator would add joins and nothing else.
/// </summary>
public sealed class ReadinessMethodologyConfiguration : IEntityTypeConfiguration<ReadinessMethodology>
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<ReadinessMethodology> builder)
    {
        builder.ToTable("ReadinessMethodologies");
        builder.HasKey(m => m.Year);
        builder.Property(m => m.Year).ValueGeneratedNever();
        builder.Property(m => m.Definition)
            .HasConversion(
                d => JsonSerializer.Serialize(d, Json),
                s => JsonSerializer.Deserialize<MethodologyDefinition>(s, Json)!,
                new ValueComparer<MethodologyDefinition>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    d => JsonSerializer.Serialize(d, Json).GetHashCode(StringComparison.Ordinal),
                    d => JsonSerializer.Deserialize<MethodologyDefinition>(JsonSerializer.Serialize(d, Json), Json)!))
            .IsRequired();
        builder.HasAppManagedVersion();
    }
}
