using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Consent;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Web.Pages.Consent;

/// <summary>How the consent pages name channels and answers, and read a school year from the address.</summary>
internal static class ConsentDisplay
{
    /// <summary>"Official social media", "Website", "Press".</summary>
    public static string Channel(ConsentChannel channel) => channel switch
    {
        ConsentChannel.OfficialSocialMedia => "Official social media",
        ConsentChannel.Website => "Website",
        _ => "Press",
    };

    /// <summary>A short id for a channel in element ids and anchors.</summary>
    public static string Slug(ConsentChannel channel) => channel switch
    {
        ConsentChannel.OfficialSocialMedia => "social",
        ConsentChannel.Website => "website",
        _ => "press",
    };

    /// <summary>"given", "refused", "no answer".</summary>
    public static string Answer(ConsentChoice? choice) => choice switch
    {
        ConsentChoice.Given => "given",
        ConsentChoice.Refused => "refused",
        _ => "no answer",
    };

    /// <summary>
    /// Why a status is what it is, in two or three words for a table cell; the full sentence
    /// (<see cref="ConsentOverview.Status.Reason"/>) goes beside it for screen readers and on the pupil's page.
    /// </summary>
    public static string ShortReason(ConsentOverview.Status status, bool neverPublish, ConsentModel? model)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (neverPublish)
        {
            return "never publish";
        }

        return (status.Recorded, model) switch
        {
            (ConsentChoice.Refused, _) => "refused",
            (_, ConsentModel.ApprovalPerUse) => "approve each use",
            (ConsentChoice.Given, _) => "given",
            (null, ConsentModel.OptOut) => "no objection",
            _ => "no answer",
        };
    }

    /// <summary>"opt-in", "opt-out", "approval for each use", or "not stated".</summary>
    public static string Model(ConsentModel? model) => model switch
    {
        ConsentModel.OptIn => "opt-in",
        ConsentModel.OptOut => "opt-out",
        ConsentModel.ApprovalPerUse => "approval for each use",
        _ => "not stated",
    };

    /// <summary>The year in the address ("2025" or "2025/26"), or null when there is none or it is not a school year.</summary>
    public static SchoolYear? ReadYear(string? text) => SchoolYear.TryParse(text, out var year) ? year : null;

    /// <summary>The year as the address carries it: 2025-26.</summary>
    public static string YearQuery(SchoolYear year) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year.StartYear}-{(year.StartYear + 1) % 100:D2}");
}
