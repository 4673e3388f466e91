using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lanyard.Core.Policies;

/// <summary>Writes a <see cref="PackDate"/> as the pack writes it: <c>"2021-10"</c> or <c>"2022-12-19"</c>.</summary>
public sealed class PackDateJsonConverter : JsonConverter<PackDate>
{
    /// <inheritdoc />
    public override PackDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PackDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException("expected a date written yyyy-MM-dd or yyyy-MM");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PackDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
