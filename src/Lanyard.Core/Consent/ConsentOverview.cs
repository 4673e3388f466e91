using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Consent;

/// <summary>
/// Use case: the consent register of a school for one school year, read the way the school's pack
/// reads it. Under opt-in (Chapmanslade, Testbourne…) an unanswered question means no; under opt-out
/// (Heathcoat) it means yes unless the parents objected; where the pack is silent, Lanyard says so and
/// treats an unanswered question as no, the safe reading.
/// </summary>
public static class ConsentOverview
{
    /// <summary>Whether a pupil may appear, for one question on one channel, and why.</summary>
    /// <param name="Allowed">True when the school may publish.</param>
    /// <param name="Recorded">The parents' answer, if any.</param>
    /// <param name="Reason">Plain English.</param>
    public sealed record Status(bool Allowed, ConsentChoice? Recorded, string Reason);

    /// <summary>One pupil's line in the register.</summary>
    /// <param name="Pupil">The pupil.</param>
    /// <param name="NeverPublish">Never publish, whatever the answers.</param>
    /// <param name="Photo">Photographs, by channel.</param>
    /// <param name="Name">Names, by channel.</param>
    /// <param name="Entries">The recorded answers.</param>
    public sealed record Line(Person Pupil, bool NeverPublish, IReadOnlyDictionary<ConsentChannel, Status> Photo, IReadOnlyDictionary<ConsentChannel, Status> Name, IReadOnlyList<ConsentEntry> Entries);

    /// <summary>The register.</summary>
    /// <param name="Year">The school year shown.</param>
    /// <param name="Model">The pack's consent model, or null when the pack is silent.</param>
    /// <param name="ModelNote">How the model was applied, with the clause ids.</param>
    /// <param name="Lines">One line per pupil on roll in that year.</param>
    public sealed record Result(SchoolYear Year, ConsentModel? Model, string ModelNote, IReadOnlyList<Line> Lines);

    /// <summary>Builds the register for a school and year.</summary>
    public static async Task<Result> HandleAsync(SchoolInContext school, SchoolYear year, IPeopleRegister people, IConsentRegister consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(consent);
        var rule = school.Pack?.Parameters.Consent;
        var model = rule?.Model;
        var note = rule is null
            ? "The school's policy does not say how consent is given; Lanyard treats an unanswered question as no."
            : model switch
            {
                ConsentModel.OptOut => $"Opt-out ({string.Join(", ", rule.Clauses)}): unless the parents objected for this school year, the school may publish.",
                ConsentModel.ApprovalPerUse => $"Approval for each use ({string.Join(", ", rule.Clauses)}): a yearly answer is not enough; each use needs approval.",
                _ => $"Opt-in ({string.Join(", ", rule.Clauses)}): only a recorded yes for this school year allows publication.",
            };
        var yearStart = new DateOnly(year.StartYear, school.School.YearStartMonth, school.School.YearStartDay);
        var yearEnd = yearStart.AddYears(1).AddDays(-1);
        var pupils = (await people.ListAsync(school.School.Id, PersonKind.Pupil, cancellationToken).ConfigureAwait(false))
            .Where(p => (p.StartDate is null || p.StartDate <= yearEnd) && (p.LeavingDate is null || p.LeavingDate >= yearStart));
        var entries = (await consent.ListAsync(school.School.Id, year, cancellationToken).ConfigureAwait(false)).ToLookup(e => e.PupilId);
        var lines = new List<Line>();
        foreach (var pupil in pupils)
        {
            var mine = entries[pupil.Id].ToList();
            var photo = new Dictionary<ConsentChannel, Status>();
            var name = new Dictionary<ConsentChannel, Status>();
            foreach (var channel in Enum.GetValues<ConsentChannel>())
            {
                var entry = mine.FirstOrDefault(e => e.Channel == channel);
                photo[channel] = Evaluate(pupil.NeverPublish, model, entry?.Photo);
                name[channel] = Evaluate(pupil.NeverPublish, model, entry?.Name);
            }

            lines.Add(new Line(pupil, pupil.NeverPublish, photo, name, mine));
        }

        return new Result(year, model, note, lines);
    }

    private static Status Evaluate(bool neverPublish, ConsentModel? model, ConsentChoice? answer)
    {
        if (neverPublish)
        {
            return new Status(false, answer, "Never publish: this pupil is never named or shown.");
        }

        return (model, answer) switch
        {
            (_, ConsentChoice.Refused) => new Status(false, answer, "Refused."),
            (ConsentModel.ApprovalPerUse, _) => new Status(false, answer, "Needs approval for each use."),
            (_, ConsentChoice.Given) => new Status(true, answer, "Given."),
            (ConsentModel.OptOut, null) => new Status(true, null, "No objection recorded (opt-out)."),
            _ => new Status(false, null, "No answer recorded (opt-in: no)."),
        };
    }
}
