using System.Globalization;
using Lanyard.Core.Casework;
using Lanyard.Core.Time;

namespace Lanyard.Web.Pages.Cases;

/// <summary>One step's form on the case page: the step, a note, and the details it needs.</summary>
internal sealed class StepForm
{
    /// <summary>The step.</summary>
    public CaseStep? Step { get; set; }

    /// <summary>The entry this corrects, when the form is a correction.</summary>
    public long? Corrects { get; set; }

    /// <summary>What the member of staff writes.</summary>
    public string? Note { get; set; }

    /// <summary>Details keyed by <see cref="CaseDetails"/> (response, outcome, factor.nature…); blanks are dropped.</summary>
    public Dictionary<string, string?> Details { get; set; } = [];

    /// <summary>Flags raised with the step.</summary>
    public List<string> Flags { get; set; } = [];

    /// <summary>The member of staff the case is assigned to, by register id.</summary>
    public long? AssignTo { get; set; }

    /// <summary>When the site was left (confirm-left-site), typed in UK time.</summary>
    public DateTime? LeftSiteAt { get; set; }

    /// <summary>For a time in the hour the clocks go back: which of the two it was.</summary>
    public UkZone? LeftSiteAtZone { get; set; }

    /// <summary>The details as the use case takes them, with <see cref="LeftSiteAt"/> already read as an instant (<see cref="CaseForms.TryReadUkTime"/>).</summary>
    public IReadOnlyDictionary<string, string> ToDetails(DateTimeOffset? leftSiteAt)
    {
        var details = Details
            .Where(d => !string.IsNullOrWhiteSpace(d.Key) && !string.IsNullOrWhiteSpace(d.Value))
            .ToDictionary(d => d.Key, d => d.Value!.Trim(), StringComparer.Ordinal);
        var flags = Flags.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.Ordinal).ToList();
        if (flags.Count > 0)
        {
            details[CaseDetails.Flags] = string.Join(",", flags);
        }

        if (AssignTo is { } person)
        {
            details[CaseDetails.AssignedTo] = person.ToString(CultureInfo.InvariantCulture);
        }

        if (leftSiteAt is { } left)
        {
            details[CaseDetails.LeftSiteAt] = left.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }

        return details;
    }
}
