using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Checking.Pupils;

/// <summary>
/// What the pack says about the pupils a post names, tags or shows: never-publish pupils, names
/// with photos (St Mary's: no name; Heathcoat: first name only with consent; Testbourne: approval),
/// where images may appear per channel, the consent model for this school year, and tagging. A
/// pack that says nothing about one of these applies nothing.
/// </summary>
internal sealed class PupilRules
{
    private readonly CheckContext _context;
    private readonly Draft _draft;
    private readonly PackParameters _parameters;

    public PupilRules(CheckContext context, Draft draft)
    {
        _context = context;
        _draft = draft;
        _parameters = context.Pack.Parameters;
    }

    private bool HasPhoto => _draft.Photos.Count > 0 || _draft.PhotosShowPupils == true;

    private ImageRule? ChannelImageRule => _draft.Channel == PostChannel.SchoolAccount
        ? _parameters.PupilImages?.OfficialAccounts
        : _parameters.PupilImages?.PersonalAccounts;

    public void Apply(List<Finding> findings)
    {
        var mentions = _context.Roster.Count == 0 ? [] : _context.PupilNames.Find(_draft.Text);
        foreach (var mention in mentions)
        {
            Judge(findings, mention, FindingCategory.PupilName, mention.FullName);
        }

        JudgeTags(findings);

        if (mentions.Count == 0 && _draft.PhotosShowPupils == true)
        {
            JudgeUnnamedPupilsInPhoto(findings);
        }
    }

    private void Judge(List<Finding> findings, PupilMention mention, string category, bool identifying)
    {
        var who = mention.Candidates.Count == 1 ? "a pupil on the roster" : $"{mention.Candidates.Count} pupils on the roster";
        var subject = string.Join(",", mention.Candidates.Select(p => p.MisId));
        void Add(string? clause, Verdict verdict, string message, string? suggestion = null) =>
            findings.Add(new Finding("pupils", category, clause, mention.Start, mention.Length, verdict, PostChecker.SeverityOf(_context.Pack, clause), message, suggestion, null, subject));

        var neverPublish = mention.Candidates.Where(p => _context.Consent.Find(p.MisId, _context.SchoolYear)?.NeverPublish == true).ToList();
        if (neverPublish.Count > 0)
        {
            Add(ConsentClause(), Verdict.Block, $"Names {who} marked never to be published (consent register, {_context.SchoolYear}).");
            return;
        }

        var firstName = mention.Candidates[0].PreferredName ?? mention.Candidates[0].FirstName;
        if (HasPhoto && _parameters.PupilNameWithPhoto is { } withPhoto)
        {
            var clause = withPhoto.Clauses[0];
            switch (withPhoto.Policy)
            {
                case NameWithPhotoPolicy.NoName:
                    Add(clause, Verdict.Block, $"Names {who} alongside a photo: this policy allows no name with a pupil's picture, not even a first name.", string.Empty);
                    return;
                case NameWithPhotoPolicy.FirstNameOnly when identifying:
                    Add(clause, Verdict.Block, $"Gives {who}'s full name with a photo: this policy allows the first name only.", firstName);
                    return;
                case NameWithPhotoPolicy.FirstNameOnly when withPhoto.RequiresConsent && MissingConsent(mention, name: true) is { } missing:
                    Add(clause, Verdict.Block, $"Names {who} with a photo without name consent for {_context.SchoolYear} ({missing}).");
                    return;
                case NameWithPhotoPolicy.ApprovalRequired:
                    Add(clause, Verdict.Hold, $"Names {who} with a photo: this needs approval first.");
                    return;
            }
        }

        var images = _parameters.PupilImages;
        if (_draft.Channel == PostChannel.SchoolAccount && images?.NoOfficialAccountYet == true && HasPhoto)
        {
            Add(images.Clauses[0], Verdict.Block, "Pupil pictures may go only on school-owned accounts, and the school has none registered yet.");
            return;
        }

        switch (ChannelImageRule)
        {
            case ImageRule.Forbidden when identifying || HasPhoto:
                Add(images!.Clauses[^1], Verdict.Block, $"Identifies {who} on a {Channel()}: this policy forbids it.", identifying ? firstName : null);
                break;
            case ImageRule.Forbidden:
                Add(images!.Clauses[^1], Verdict.Warn, $"Gives the first name of {who} on a {Channel()}; with other details it could identify them.");
                break;
            case ImageRule.ApprovalRequired:
                Add(images!.Clauses[0], Verdict.Hold, $"Refers to {who}: this policy needs approval before a pupil is named.");
                break;
            case ImageRule.ConsentRequired when MissingConsent(mention, name: true) is { } missingName:
                Add(images!.Clauses[0], Verdict.Block, $"Names {who} without name consent for {_context.SchoolYear} ({missingName}).");
                break;
            case ImageRule.ConsentRequired when HasPhoto && MissingConsent(mention, name: false) is { } missingPhoto:
                Add(images!.Clauses[0], Verdict.Block, $"Shows {who} without photo consent for {_context.SchoolYear} ({missingPhoto}).");
                break;
        }
    }

    private void JudgeTags(List<Finding> findings)
    {
        if (_draft.Tags.Count == 0)
        {
            return;
        }

        var tagging = _parameters.Tagging;
        var roster = _context.PupilNames;
        foreach (var tag in _draft.Tags)
        {
            var pupils = roster.Find(tag.TrimStart('@')).Where(m => m.FullName).SelectMany(m => m.Candidates).Distinct().ToList();
            if (pupils.Count > 0)
            {
                if (tagging?.Forbidden.Contains(TaggingRule.StaffTagPupils) == true)
                {
                    findings.Add(TagFinding(FindingCategory.PupilTag, tagging.Clauses[0], $"Tags a pupil ({tag}): this policy forbids tagging pupils.", tag));
                }
                else
                {
                    // A tag names the pupil in full wherever the platform shows it.
                    Judge(findings, new PupilMention(0, 0, pupils, FullName: true), FindingCategory.PupilTag, identifying: true);
                }
            }
            else if (_context.StaffNames.Any(s => string.Equals(s, tag.TrimStart('@'), StringComparison.OrdinalIgnoreCase))
                && tagging?.Forbidden.Contains(TaggingRule.StaffTagStaff) == true)
            {
                findings.Add(TagFinding(FindingCategory.StaffTag, tagging.Clauses[0], $"Tags a member of staff ({tag}): this policy forbids tagging staff.", tag));
            }
        }
    }

    private Finding TagFinding(string category, string clause, string message, string tag) =>
        new("pupils", category, clause, 0, 0, Verdict.Block, PostChecker.SeverityOf(_context.Pack, clause), message, "Remove the tag", null, tag);

    private void JudgeUnnamedPupilsInPhoto(List<Finding> findings)
    {
        var images = _parameters.PupilImages;
        var rule = ChannelImageRule;
        var (verdict, message) = (_draft.Channel, images?.NoOfficialAccountYet, rule) switch
        {
            (PostChannel.SchoolAccount, true, _) => (Verdict.Block, "Pupil pictures may go only on school-owned accounts, and the school has none registered yet."),
            (_, _, ImageRule.Forbidden) => (Verdict.Block, $"Shows pupils on a {Channel()}: this policy forbids it."),
            (_, _, ImageRule.ApprovalRequired) => (Verdict.Hold, "Shows pupils: this policy needs approval first."),
            (_, _, ImageRule.ConsentRequired) => (Verdict.Hold, $"Shows pupils: confirm every pupil shown has photo consent for {_context.SchoolYear}."),
            _ => ((Verdict?)null, string.Empty),
        };
        if (verdict is { } v && images is not null)
        {
            findings.Add(new Finding("pupils", FindingCategory.PupilName, images.Clauses[0], 0, 0, v, PostChecker.SeverityOf(_context.Pack, images.Clauses[0]), message, null, null, "photos"));
        }
    }

    /// <summary>Which candidates lack consent under the pack's model, or null when all are covered.</summary>
    private string? MissingConsent(PupilMention mention, bool name)
    {
        var model = _parameters.Consent?.Model ?? ConsentModel.OptIn;
        var missing = mention.Candidates
            .Where(p =>
            {
                var record = _context.Consent.Find(p.MisId, _context.SchoolYear);
                var choice = name ? record?.Name : record?.Photo;
                return model switch
                {
                    ConsentModel.OptOut => choice == ConsentChoice.Refused,
                    ConsentModel.ApprovalPerUse => true,
                    _ => choice != ConsentChoice.Given,
                };
            })
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        return model == ConsentModel.OptOut
            ? $"{(name ? "a name" : "a photo")} objection is recorded"
            : $"no {(name ? "name" : "photo")} consent is recorded";
    }

    private string? ConsentClause() =>
        _parameters.Consent?.Clauses[0] ?? _parameters.PupilImages?.Clauses[0] ?? _parameters.PupilNameWithPhoto?.Clauses[0];

    private string Channel() => _draft.Channel == PostChannel.SchoolAccount ? "school account" : "personal account";
}
