namespace Lanyard.Core.Casework;

/// <summary>The keys of <see cref="CaseEntry.Details"/>, so every host and the procedures read the same names.</summary>
public static class CaseDetails
{
    /// <summary>The other party's response (<c>removed</c>, <c>refused</c>, <c>refused-and-continuing</c>, <c>unresolved</c>, <c>reasonable-complaint</c>, <c>host-requires-complainant</c>).</summary>
    public const string Response = "response";

    /// <summary>The outcome (a <c>BreachOutcome</c> written in kebab case, or <c>resolved</c>).</summary>
    public const string Outcome = "outcome";

    /// <summary>Prefix for a seriousness factor's assessment, e.g. <c>factor.nature</c>.</summary>
    public const string FactorPrefix = "factor.";

    /// <summary>Attribution finding: <c>responsible</c>, <c>not-responsible</c>, <c>undetermined</c>.</summary>
    public const string Attribution = "attribution";

    /// <summary>Police decision: <c>referred</c>, <c>advised-employee</c>, <c>not-needed</c>.</summary>
    public const string PoliceDecision = "police-decision";

    /// <summary>Credentials provided: <c>yes</c> or <c>no</c> (never the credentials).</summary>
    public const string CredentialsProvided = "credentials-provided";

    /// <summary>When the site was left (ISO 8601).</summary>
    public const string LeftSiteAt = "left-site-at";

    /// <summary>The pack role a notification went to.</summary>
    public const string NotifiedRole = "notified-role";

    /// <summary>
    /// The people the policy's own fallback told in place of those it names (away that day), by
    /// register id, comma separated: written by Lanyard on the notified
    /// entries it records, never typed. Whoever is named reads the case in full
    /// (<see cref="CaseAccess"/>): a deputy head told a safeguarding concern because the head and
    /// DSL are both away (Heathcoat staff.20) can open what they were told to act on, and only they.
    /// </summary>
    public const string NotifiedPeople = "notified-people";

    /// <summary>The role a case is escalated to.</summary>
    public const string EscalatedTo = "escalated-to";

    /// <summary>Moderation action: <c>block</c>, <c>report</c> or <c>delete</c>.</summary>
    public const string ModerationAction = "moderation-action";

    /// <summary>The public explanation given for a moderation action.</summary>
    public const string PublicExplanation = "public-explanation";

    /// <summary>Flags raised on the case, comma separated (e.g. <c>threat-of-violence</c>, <c>racial-or-homophobic</c>).</summary>
    public const string Flags = "flags";

    /// <summary>An assessment's conclusion, e.g. <c>external-agency-needed</c>.</summary>
    public const string Assessment = "assessment";

    /// <summary>An agency involved (police, LADO, platform, local authority, legal advisers, UK Safer Internet Centre).</summary>
    public const string Agency = "agency";

    /// <summary>The policy found to apply.</summary>
    public const string ApplicablePolicy = "applicable-policy";

    /// <summary>Whether to include a closed case in the governors' report (<c>yes</c>/<c>no</c>).</summary>
    public const string IncludeInGovernorReport = "include-in-governor-report";

    /// <summary>The evidence item an entry records.</summary>
    public const string EvidenceId = "evidence-id";

    /// <summary><c>yes</c> when the evidence is marked as indecent images of children (no file is stored).</summary>
    public const string IndecentImage = "indecent-image";

    /// <summary>The person a case is assigned to (e.g. the investigating officer), by register id.</summary>
    public const string AssignedTo = "assigned-to";

    /// <summary>The letter an entry records.</summary>
    public const string LetterId = "letter-id";

    /// <summary>The clause ids found breached, comma separated (their severities decide the outcome where the pack says so).</summary>
    public const string BreachedClauses = "breached-clauses";

    /// <summary>The severity the procedure read from the breached clauses, written by Lanyard on the outcome entry.</summary>
    public const string Severity = "severity";

    /// <summary>
    /// On closing: <c>yes</c> when the case is closed as a significant incident. Where the policy names
    /// significant incidents among its review triggers (Cambrian monitoring-review.03) this opens an
    /// early policy review; elsewhere it is recorded and nothing else follows.
    /// </summary>
    public const string SignificantIncident = "significant-incident";
}
