using Lanyard.Core.Checking.Language.Classifier;
using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
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
        if (!IsBound(pack, draft.AuthorRole))
        {
            return new CheckResult(Verdict.Allow, pack.Id, pack.Version, [], null,
                [$"The {pack.Id} pack does not bind {YamlNaming.Kebab(draft.AuthorRole)}: no rule of it applies to this author."]);
        }

        // Every detection of the post first, then the pack's reading of each: some rules depend on
        // what else the post contains. Plain loops, no closures: this runs for every post.
        var detections = new List<Detection>();
        var owners = new List<string>();
        foreach (var detector in _detectors)
        {
            var before = detections.Count;
            detector.Detect(draft.Text, detections);
            for (var k = before; k < detections.Count; k++)
            {
                owners.Add(detector.Name);
            }
        }

        if (context.StaffNames.Count > 0)
        {
            var before = detections.Count;
            context.ColleagueCriticism.Detect(draft.Text, detections);
            for (var k = before; k < detections.Count; k++)
            {
                owners.Add(context.ColleagueCriticism.Name);
            }
        }

        if (draft is { Audience: Audience.DirectMessage, RecipientRole: Role.Pupils })
        {
            detections.Add(new Detection(FindingCategory.DirectMessageToPupil, 0, 0, "A private message to a pupil", "Reply in public, or through the school's official channel"));
            owners.Add("audience");
        }

        if (draft.PostedAt is { } at && context.LessonTimes.Any(p => p.Contains(at)))
        {
            detections.Add(new Detection(FindingCategory.LessonTime, 0, 0, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Posted at {at:HH:mm} on a {at:dddd}, during a timetabled lesson"), "Post outside lesson time"));
            owners.Add("timetable");
        }

        double? score = null;
        if (_classifier is not null && draft.Text.Length > 0)
        {
            score = _classifier.Score(draft.Text);
            if (score >= _classifier.Model.Threshold)
            {
                detections.Add(new Detection(FindingCategory.Offensive, 0, draft.Text.Length, OffensiveTextClassifier.DetectionMessage, Score: score));
                owners.Add(_classifier.Name);
            }
        }

        var findings = new List<Finding>();
        for (var k = 0; k < detections.Count; k++)
        {
            AddFromPack(findings, owners[k], detections[k], draft, pack, detections);
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
                    AddFromPack(findings, "photos", detection with { Subject = photo.FileName }, draft, pack, detections);
                }
            }
        }

        new PupilRules(context, draft).Apply(findings);

        if (findings.Count > 1)
        {
            // Text order; the strictest first where two findings start together.
            // List.Sort is not stable, so category and clause break ties: the same post always lists
            // its findings in the same order.
            findings.Sort(static (a, b) =>
                a.Start != b.Start ? a.Start.CompareTo(b.Start)
                : a.Verdict != b.Verdict ? b.Verdict.CompareTo(a.Verdict)
                : string.CompareOrdinal(a.Category, b.Category) is var byCategory and not 0 ? byCategory
                : string.CompareOrdinal(a.ClauseId, b.ClauseId));
        }

        var verdict = Verdict.Allow;
        foreach (var finding in findings)
        {
            verdict = finding.Verdict > verdict ? finding.Verdict : verdict;
        }

        return new CheckResult(verdict, pack.Id, pack.Version, findings, score, []);
    }

    /// <summary>Turns a detection into a finding if, and only if, the pack has a rule for it.</summary>
    private static void AddFromPack(List<Finding> findings, string detector, Detection detection, Draft draft, PolicyPack pack, List<Detection> post)
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

        foreach (var rule in parameters.ContentChecks?.Rules ?? [])
        {
            if (rule.Covers(detection.Category)
                && (rule.Channels.Count == 0 || rule.Channels.Contains(draft.Channel))
                && AuthorMatches(rule.AuthorRoles, draft)
                && (rule.RequiresAlso.Count == 0 || rule.CompanionsMet(post.Select(d => d.Category))))
            {
                findings.Add(ToFinding(detector, detection, rule.Clause, rule.Verdict, pack));
                return;
            }
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
}
