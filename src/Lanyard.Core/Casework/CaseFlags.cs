using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Casework;

/// <summary>
/// The flags a case can carry (<see cref="CaseDetails.Flags"/>): every police trigger a pack can
/// name, so a flag meets the pack's police rules directly, and the findings gates ask about.
/// </summary>
public static class CaseFlags
{
    /// <summary>A breach of the policy is confirmed (Chapmanslade behaviour.12).</summary>
    public const string BreachConfirmed = "breach-confirmed";

    /// <summary>The access or act was a genuine mistake (Testbourne 5c.17).</summary>
    public const string GenuineMistake = "genuine-mistake";

    /// <summary>Every flag Lanyard knows, in kebab case.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Enum.GetValues<PoliceTriggerKind>().Select(k => YamlNaming.Kebab(k)), BreachConfirmed, GenuineMistake];

    /// <summary>The flag for a police trigger.</summary>
    public static string Of(PoliceTriggerKind trigger) => YamlNaming.Kebab(trigger);

    /// <summary>Splits a comma-separated flags value into trimmed, non-empty flags.</summary>
    public static IReadOnlyList<string> Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
