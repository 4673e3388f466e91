using Lanyard.Core.Checking.Language.Classifier;
using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Checking;

/// <summary>
/// Use case: screen a draft post against the school's pack before it goes out. Detectors say what
/// is in the post; the pack alone says what that means (clause, verdict, severity), so the same
/// post can block under one school's policy and pass under another's. No I/O inside: photos come
/// in as bytes and registers as data.
/// </summary>
public sealed class PostChecker
{
    /// <summary>The longest text accepted, in characters (about 100 KB of UTF-16).</summary>
    public const int MaxTextLength = 50_000;

    private static readonly HashSet<Role> StaffRoles =
    [
        Role.Staff, Role.Employees, Role.CasualWorkers, Role.AgencyStaff, Role.TemporaryStaff, Role.Contractors,
        Role.Trainees, Role.Volunteers, Role.Secondees, Role.StaffPersonalAccount, Role.StaffActingForSchool,
    ];

    private readonly IReadOnlyList<ITextDetector> _detectors;
    private readonly Func<string, ReadOnlyMemory<byte>, IReadOnlyList<Detection>>? _inspectPhoto;
    private readonly OffensiveTextClassifier? _classifier;

    /// <summary>
    /// A checker with the given detectors, photo inspector and context classifier (each optional).
    /// The classifier is not one of the detectors: its score is reported on every result, so it
    /// runs once and its finding comes from that same score.
    /// </summary>
    public PostChecker(
        IReadOnlyList<ITextDetector> detectors,
        Func<string, ReadOnlyMemory<byte>, IReadOnlyList<Detection>>? inspectPhoto = null,
        OffensiveTextClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(detectors);
        _detectors = detectors;
        _inspectPhoto = inspectPhoto;
        _classifier = classifier;
    }

    /// <summary>Checks a draft.</summary>
    /// <exception cref="ArgumentException">The text is empty or longer than <see cref="MaxTextLength"/>.</exception>
    public CheckResult Check(Draft draft, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(draft.Text) && draft.Photos.Count == 0)
        {
            throw new ArgumentException("There is nothing to check: the text is empty and there are no photos.", nameof(draft));
        }

        if (draft.Text.Length > MaxTextLength)
        {
            throw new ArgumentException($"The text is {draft.Text.Length:N0} characters; the post check takes at most {MaxTextLength:N0}.", nameof(draft));
        }

        var pack = context.Pack;
        var notes = new List<string>();
        if (!IsBound(pack, draft.AuthorRole))
        {
            notes.Add($"The {pack.Id} pack does not bind {Loading(draft.AuthorRole)}: no rule of it applies to this author.");
            return new CheckResult(Verdict.Allow, pack.Id, pack.Version, [], null, notes);
        }

        // Every detection of the post first, then the pack's reading of each: some rules depend on
        // what else the post contains.
        var detected = new List<(string Detector, Detection Detection)>();
        var buffer = new List<Detection>();
        void Collect(string name, Action<List<Detection>> detect)
        {
            buffer.Clear();
            detect(buffer);
            foreach (var detection in buffer)
            {
                detected.Add((name, detection));
            }
        }

        foreach (var detector in _detectors)
        {
            Collect(detector.Name, found => detector.Detect(draft.Text, found));
        }

        if (context.StaffNames.Count > 0)
        {
            Collect(context.ColleagueCriticism.Name, found => context.ColleagueCriticism.Detect(draft.Text, found));
        }

        if (draft is { Audience: Audience.DirectMessage, RecipientRole: Role.Pupils })
        {
            detected.Add(("audience", new Detection(FindingCategory.DirectMessageToPupil, 0, 0, "A private message to a pupil", "Reply in public, or through the school's official channel")));
        }

        double? score = null;
        if (_classifier is not null && draft.Text.Length > 0)
        {
            score = _classifier.Score(draft.Text);
            if (score >= _classifier.Model.Threshold)
            {
                detected.Add((_classifier.Name, new Detection(FindingCategory.Offensive, 0, draft.Text.Length, OffensiveTextClassifier.DetectionMessage, Score: score)));
            }
        }

        var findings = new List<Finding>();
        var postCategories = detected.Select(d => d.Detection.Category).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, detection) in detected)
        {
            AddFromPack(findings, name, detection, draft, pack, postCategories);
        }

        foreach (var photo in draft.Photos)
        {
            foreach (var detection in _inspectPhoto?.Invoke(photo.FileName, photo.Content) ?? [])
            {
                if (detection.Category == FindingCategory.PhotoUnreadable)
                {
                    // Not a breach of any clause: the check itself could not look inside the file.
                    findings.Add(new Finding("photos", detection.Category, null, 0, 0, Verdict.Warn, null, detection.Message, detection.Suggestion, null, photo.FileName));
                }
                else
                {
                    AddFromPack(findings, "photos", detection with { Subject = photo.FileName }, draft, pack, postCategories);
                }
            }
        }

        new PupilRules(context, draft).Apply(findings);

        var ordered = findings.OrderBy(f => f.Start).ThenByDescending(f => f.Verdict).ToList();
        var verdict = ordered.Count == 0 ? Verdict.Allow : ordered.Max(f => f.Verdict);
        return new CheckResult(verdict, pack.Id, pack.Version, ordered, score, notes);
    }

    /// <summary>Turns a detection into a finding if, and only if, the pack has a rule for it.</summary>
    private static void AddFromPack(List<Finding> findings, string detector, Detection detection, Draft draft, PolicyPack pack, IReadOnlySet<string> postCategories)
    {
        var parameters = pack.Parameters;
        var restriction = detection.Category switch
        {
            FindingCategory.Political => parameters.PoliticalContent,
            FindingCategory.Commercial => parameters.CommercialContent,
            FindingCategory.PersonalDetailsRequest => parameters.PersonalDetailRequests,
            _ => null,
        };
        if (restriction is not null)
        {
            var rule = restriction.Rules.FirstOrDefault(r => AuthorMatches(r.AuthorRoles, draft));
            if (rule is not null)
            {
                findings.Add(ToFinding(detector, detection, rule.Clause, rule.Verdict, pack));
            }

            return;
        }

        var check = parameters.ContentChecks?.Rules.FirstOrDefault(r =>
            r.Covers(detection.Category)
            && (r.Channels.Count == 0 || r.Channels.Contains(draft.Channel))
            && AuthorMatches(r.AuthorRoles, draft)
            && r.CompanionsMet(postCategories));
        if (check is not null)
        {
            findings.Add(ToFinding(detector, detection, check.Clause, check.Verdict, pack));
        }
    }

    private static Finding ToFinding(string detector, Detection detection, string clauseId, Verdict verdict, PolicyPack pack) =>
        new(detector, detection.Category, clauseId, detection.Start, detection.Length, verdict, SeverityOf(pack, clauseId),
            detection.Message, detection.Suggestion, detection.Score, detection.Subject);

    /// <summary>The clause's own severity, else the pack's default for a breach.</summary>
    internal static Severity? SeverityOf(PolicyPack pack, string? clauseId) =>
        (clauseId is null ? null : pack.FindClause(clauseId)?.Severity) ?? pack.Parameters.BreachConsequences?.DefaultSeverity;

    private static bool AuthorMatches(IReadOnlyList<Role> roles, Draft draft) =>
        roles.Count == 0 || roles.Contains(draft.AuthorRole)
        || (StaffRoles.Contains(draft.AuthorRole) && roles.Any(StaffRoles.Contains))
        || (draft.Channel == PostChannel.SchoolAccount && roles.Contains(Role.SchoolAccount));

    /// <summary>
    /// Whether the pack binds this author. Staff covers the pack's staff kinds (Testbourne binds
    /// employees, contractors, trainees and volunteers under the word "staff").
    /// </summary>
    internal static bool IsBound(PolicyPack pack, Role author) =>
        pack.BoundRoles.Contains(author)
        || pack.BoundRoles.Contains(Role.Everyone)
        || (StaffRoles.Contains(author) && pack.BoundRoles.Any(StaffRoles.Contains));

    private static string Loading(Role role) => Policies.Loading.YamlNaming.Kebab(role);
}
