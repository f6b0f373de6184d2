using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Methodology;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Methodology;

/// <summary>The module's messages: an error names its field (or CSV column, or line) in the reader's language.</summary>
public sealed class MethodologyText(IStringLocalizer<MethodologyResource> l)
{
    public string this[string key] => l[key];

    public string this[string key, params object[] arguments] => l[key, arguments];

    public string Error(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return l[error.Code, Field(error.Field)];
    }

    public string Row(CsvRowError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var reason = l[error.Code, error.Column].Value;
        return error.Line > 0 ? l["Methodology.Csv.RowError", error.Line, error.Column, reason] : reason;
    }

    public string Field(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        var label = l["Field." + field];
        return label.ResourceNotFound ? field : label.Value;
    }

    public string Type(LegalActType type) => l["Type." + type];

    public string Status(LegalActStatus status) => l["Status." + status];

    public string Link(ActLinkType type, bool outgoing) => l[$"Link.{type}.{(outgoing ? "Out" : "In")}"];

    public string Level(MethodologyLevel level) => l["Level." + level];

    public string Kind(ExampleKind kind) => l["ExampleKind." + kind];
}
