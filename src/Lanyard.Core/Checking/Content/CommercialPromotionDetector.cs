namespace Lanyard.Core.Checking.Content;

/// <summary>Commercial promotion: selling, discount codes, paid services advertised by the author.</summary>
public sealed class CommercialPromotionDetector() : PhraseDetector(Pattern, FindingCategory.Commercial, "Commercial promotion or advertising", triggers: Triggers)
{
    private const string Pattern =
        @"\b(buy now|order now|shop now|book now|limited offer|special offer|discount code|promo code|voucher code|use (my |the )?code\s+\w+)\b"
        + @"|\b\d{1,2}% off\b"
        + @"|\b(dm|message|pm) (me|us) to (order|buy|book)\b"
        + @"|\bmy (new )?(business|shop|etsy|online store|tutoring|side hustle)\b"
        + @"|\b(tutoring|lessons|sessions) available\b"
        + @"|£\d+(\.\d{2})? (per|a|an) (hour|session|lesson)\b";

    // Every alternative of the pattern contains one of these.
    private static readonly string[] Triggers = ["now", "offer", "code", "% off", "dm ", "message ", "pm ", "my ", "available", "£"];

    /// <inheritdoc />
    public override string Name => "commercial";
}
