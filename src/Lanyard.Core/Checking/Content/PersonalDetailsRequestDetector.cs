namespace Lanyard.Core.Checking.Content;

/// <summary>
/// Asking people to send personal details through social media ("DM us your name and address"),
/// which St Mary's 4.1(e) forbids on school accounts. Asking people to ring the office is fine.
/// </summary>
public sealed class PersonalDetailsRequestDetector() : PhraseDetector(
    Pattern,
    FindingCategory.PersonalDetailsRequest,
    "Asks people to send personal details through social media",
    "Ask people to contact the school office instead",
    triggers: ["your", "their"])
{
    private const string Details = @"(full )?(name|address|home address|phone( number)?|mobile( number)?|number|email( address)?|date of birth|dob|details|postcode)";

    private const string Pattern =
        @"\b(dm|pm|message|inbox|send|email|text|tell|comment|reply with|post)\s+(us|me|the school)?\s*(with\s+)?(your|their|your child'?s)\s+" + Details + @"\b"
        + @"|\b(comment|reply with|post|drop)\s+your\s+" + Details + @"\b";

    /// <inheritdoc />
    public override string Name => "personal-details-request";
}
