using System.Text.Json;

namespace Lanyard.Web.Api;

/// <summary>
/// Turns a failure to read a JSON body into the field it is about and a message for the caller.
/// The serializer's own message names .NET types and is not shown.
/// </summary>
internal static class JsonProblem
{
    /// <summary>The field in the request's own terms: <c>$.photos[0].fileName</c> → <c>photos[0].fileName</c>; empty for the body as a whole.</summary>
    public static string Field(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var path = exception.Path ?? "$";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    /// <summary>What is wrong, in words that do not depend on the serializer's.</summary>
    public static string Message(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var field = Field(exception);
        if (exception.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "This request has no such field: check its spelling against the OpenAPI document at /openapi/v1.json.";
        }

        return field.Length == 0
            ? "The body is not a JSON object: send the draft as one."
            : "This value is not of the right type, or the JSON around it is malformed: see the OpenAPI document at /openapi/v1.json.";
    }
}
