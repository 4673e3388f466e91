namespace Lanyard.Core.Checking.Content;

/// <summary>
/// Party-political campaigning: a call to vote for, elect or support a party or candidate, or a
/// campaign hashtag. Saying the school is a polling station is not campaigning.
/// </summary>
public sealed class PoliticalCampaigningDetector() : PhraseDetector(Pattern, FindingCategory.Political, "Party-political campaigning", triggers: Triggers)
{
    private const string Parties = @"(labour|conservatives?|tor(y|ies)|lib ?dems?|liberal democrats?|greens?|green party|reform( uk)?|snp|plaid( cymru)?|ukip|the party)";

    private const string Pattern =
        @"\b(vote|voting|elect|re-?elect|back|support|campaign(ing)? for|canvass(ing)? for)\s+(for\s+)?(the\s+)?" + Parties + @"\b"
        + @"|\bvote\s+for\s+(?-i:[A-Z][a-z]+(\s+[A-Z][a-z]+)?)\b"
        + @"|#vote\w+"
        + @"|\b" + Parties + @"\s+(needs your vote|will win|for (government|council|mp))\b";

    // Every alternative of the pattern contains one of these (verbs, the hashtag, or a party name).
    private static readonly string[] Triggers =
        ["vote", "voting", "elect", "back", "support", "campaign", "canvass", "labour", "conservative", "tory", "tories", "lib", "liberal", "green", "reform", "snp", "plaid", "ukip", "the party"];

    /// <inheritdoc />
    public override string Name => "political";
}
