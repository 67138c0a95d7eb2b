using System.Text.Json;
using System.Text.Json.Serialization;

namespace Interop.Functions.Api;

/// <summary>How the operator API writes JSON: camelCase names, kebab-case enum values (<c>dead-lettered</c>), no nulls.</summary>
internal static class ApiJson
{
    /// <summary>The serializer options of every <c>/api</c> response.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
