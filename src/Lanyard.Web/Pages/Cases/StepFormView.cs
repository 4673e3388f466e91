using System.Globalization;
using Lanyard.Core.Casework;
using Lanyard.Core.Time;

namespace Lanyard.Web.Pages.Cases;

/// <summary>
/// What one step form on the case page shows: a step to take, or, with <see cref="Correcting"/>, the
/// correction of an entry (the same detail fields that step offers, prefilled with the entry's values,
/// plus a required note saying what was wrong). After a refusal the form shows what was posted.
/// </summary>
/// <param name="Page">The case page.</param>
/// <param name="Step">The step (for a correction, the corrected entry's step).</param>
/// <param name="Correcting">The entry being corrected, or null for a step.</param>
internal sealed record StepFormView(ShowModel Page, CaseStep Step, CaseEntry? Correcting = null)
{
    /// <summary>Whether this is the form the last post was refused from.</summary>
    public bool Refused => Correcting is { } entry
        ? Page.RefusedCorrection == entry.Id
        : Page.RefusedStep == Step && Page.RefusedCorrection is null;

    /// <summary>The prefix of every element id in the form, unique on the page.</summary>
    public string Prefix => Correcting is { } entry ? $"correct-{entry.Id.ToString(CultureInfo.InvariantCulture)}" : $"step-{CaseText.Code(Step)}";

    /// <summary>Whether the form offers flags: steps that raise them, and any entry that carries some.</summary>
    public bool OffersFlags => Step is CaseStep.AddNote or CaseStep.InitialAssessment or CaseStep.RecordOutcome || Correcting?.Details.ContainsKey(CaseDetails.Flags) == true;

    /// <summary>Whether the form offers an assignment: steps that assign, and any entry that did.</summary>
    public bool OffersAssignment => Step is CaseStep.AddNote or CaseStep.InitialAssessment || Correcting?.Details.ContainsKey(CaseDetails.AssignedTo) == true;

    /// <summary>A detail's value to show: what was posted after a refusal, else the corrected entry's, else nothing.</summary>
    public string? Value(string key) =>
        Refused ? Page.Step.Details.GetValueOrDefault(key)
        : Correcting?.Details.GetValueOrDefault(key);

    /// <summary>The flags to show ticked.</summary>
    public IReadOnlyList<string> Flags =>
        Refused ? Page.Step.Flags : CaseFlags.Parse(Correcting?.Details.GetValueOrDefault(CaseDetails.Flags));

    /// <summary>The person to show assigned.</summary>
    public long? AssignedTo =>
        Refused ? Page.Step.AssignTo
        : long.TryParse(Correcting?.Details.GetValueOrDefault(CaseDetails.AssignedTo), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>When the site was left, for the datetime field: as typed after a refusal, else the corrected entry's instant on the UK clock.</summary>
    public DateTime? LeftSiteAt =>
        Refused ? Page.Step.LeftSiteAt
        : DateTimeOffset.TryParse(Correcting?.Details.GetValueOrDefault(CaseDetails.LeftSiteAt), CultureInfo.InvariantCulture, DateTimeStyles.None, out var left) ? UkTime.ToUk(left).DateTime : null;

    /// <summary>The clock for a time in the repeated autumn hour: as posted after a refusal, else the one the corrected entry's instant was on.</summary>
    public UkZone? LeftSiteAtZone =>
        Refused ? Page.Step.LeftSiteAtZone
        : DateTimeOffset.TryParse(Correcting?.Details.GetValueOrDefault(CaseDetails.LeftSiteAt), CultureInfo.InvariantCulture, DateTimeStyles.None, out var left) ? UkTime.ZoneAt(left) : null;

    /// <summary>
    /// The corrected entry's details the form has no field for (an evidence or letter id, an
    /// assessment, an agency…), carried unchanged so a correction loses nothing it was not asked to
    /// change. The severity is left out: Lanyard reads it again from the breached clauses.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Carried =>
        Correcting is not { } entry ? []
        : [.. entry.Details.Where(d => d.Key != CaseDetails.Severity && !Shown(d.Key))];

    /// <summary>The first error posted against a field of this form (Step.Note, Step.Details…), when it was the one refused.</summary>
    public string? ErrorFor(string key) => Refused ? CaseForms.ErrorFor(Page.ModelState, key) : null;

    private bool Shown(string key) => key switch
    {
        CaseDetails.Flags => OffersFlags,
        CaseDetails.AssignedTo => OffersAssignment,
        _ when key.StartsWith(CaseDetails.FactorPrefix, StringComparison.Ordinal) => Step == CaseStep.RecordSeriousness,
        _ => Step switch
        {
            CaseStep.RecordResponse => key == CaseDetails.Response,
            CaseStep.RecordOutcome => key is CaseDetails.Outcome or CaseDetails.BreachedClauses,
            CaseStep.Escalate => key == CaseDetails.EscalatedTo,
            CaseStep.RecordNotified => key == CaseDetails.NotifiedRole,
            CaseStep.ConfirmLeftSite => key == CaseDetails.LeftSiteAt,
            CaseStep.ModerateComment => key is CaseDetails.ModerationAction or CaseDetails.PublicExplanation,
            CaseStep.RecordAttribution => key == CaseDetails.Attribution,
            CaseStep.RecordPoliceDecision => key == CaseDetails.PoliceDecision,
            CaseStep.RecordCredentialsProvided => key == CaseDetails.CredentialsProvided,
            CaseStep.RecordApplicablePolicy => key == CaseDetails.ApplicablePolicy,
            CaseStep.Close => key is CaseDetails.IncludeInGovernorReport or CaseDetails.SignificantIncident,
            _ => false,
        },
    };
}
