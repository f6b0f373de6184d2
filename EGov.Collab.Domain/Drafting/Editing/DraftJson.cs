using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EGov.Collab.Domain.Drafting.Editing;

/// <summary>
/// The JSON form of operations and documents, the one the operation log stores and the browser module speaks:
/// camelCase, enums as camelCase strings, an operation's kind in <c>"type"</c> ("insertText", "deleteText",
/// "addProvision", "deleteProvision", "moveProvision", "splitProvision", "mergeProvision", "changeKind").
/// </summary>
public static class DraftJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize(IReadOnlyList<DraftOperation> operations) => JsonSerializer.Serialize(operations, Options);

    public static string Serialize(DraftOperation operation) => JsonSerializer.Serialize(operation, Options);

    public static string Serialize(DraftDocument document) => JsonSerializer.Serialize(document, Options);

    public static IReadOnlyList<DraftOperation> DeserializeOperations(string json) =>
        JsonSerializer.Deserialize<List<DraftOperation>>(json, Options) ?? throw new JsonException("No operations.");

    public static DraftDocument DeserializeDocument(string json) =>
        JsonSerializer.Deserialize<DraftDocument>(json, Options) ?? throw new JsonException("No document.");

    private static JsonSerializerOptions CreateOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type != typeof(DraftOperation)) return;
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "type",
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
                DerivedTypes =
                {
                    new JsonDerivedType(typeof(InsertText), "insertText"),
                    new JsonDerivedType(typeof(DeleteText), "deleteText"),
                    new JsonDerivedType(typeof(AddProvision), "addProvision"),
                    new JsonDerivedType(typeof(DeleteProvision), "deleteProvision"),
                    new JsonDerivedType(typeof(MoveProvision), "moveProvision"),
                    new JsonDerivedType(typeof(SplitProvision), "splitProvision"),
                    new JsonDerivedType(typeof(MergeProvision), "mergeProvision"),
                    new JsonDerivedType(typeof(ChangeKind), "changeKind"),
                },
            };
        });
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = resolver,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            // Ukrainian text stays readable in the log.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
