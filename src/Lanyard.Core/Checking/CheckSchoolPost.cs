using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Consent;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Checking;

/// <summary>
/// Use case: check a draft post for a school against its registers. The context comes from the
/// registers, not from files: the pupils on roll today (names, preferred names), their consent for
/// official social media in the current school year (by the school's own year start) with the
/// never-publish flags, and the names of the school's staff (for criticism of named colleagues).
/// The pack is the one in force at the school. The check itself does no I/O.
/// </summary>
public static class CheckSchoolPost
{
    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school the post is for (or whose member of staff writes it).</param>
    /// <param name="Draft">The draft.</param>
    /// <param name="Today">Today, from the injected clock.</param>
    public sealed record Request(long OrganisationId, Draft Draft, DateOnly Today);

    /// <summary>The outcome: the school and the check's result, or why no check was possible.</summary>
    /// <param name="School">The school and pack, when found.</param>
    /// <param name="Check">The verdict with every finding.</param>
    /// <param name="Error">Why the post could not be checked (unknown school, no pack, empty or over-long text).</param>
    /// <param name="PupilsOnRoll">How many pupils' names were looked for.</param>
    public sealed record Result(SchoolInContext? School, CheckResult? Check, string? Error, int PupilsOnRoll)
    {
        /// <summary>True when the post was checked.</summary>
        public bool Succeeded => Check is not null;
    }

    /// <summary>Builds the context from the registers and checks the draft.</summary>
    public static async Task<Result> HandleAsync(Request request, IOrganisationRegister organisations, IPeopleRegister people, IConsentRegister consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(consent);
        var school = await SchoolInContext.FindAsync(request.OrganisationId, organisations, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return new Result(null, null, "That school is not in the register.", 0);
        }

        if (school.Pack is null)
        {
            return new Result(school, null, $"{school.School.Name} has no policy pack attached, so there is nothing to check against.", 0);
        }

        if (string.IsNullOrWhiteSpace(request.Draft.Text))
        {
            return new Result(school, null, "Enter the text of the post.", 0);
        }

        if (request.Draft.Text.Length > PostChecker.MaxTextLength)
        {
            return new Result(school, null, $"The post is {request.Draft.Text.Length:N0} characters; the check takes at most {PostChecker.MaxTextLength:N0}.", 0);
        }

        var everyone = await people.ListAsync(school.School.Id, null, cancellationToken).ConfigureAwait(false);
        var onRoll = everyone.Where(p => p.IsOnRoll(request.Today)).ToList();
        var year = school.SchoolYearOn(request.Today);
        var entries = (await consent.ListAsync(school.School.Id, year, cancellationToken).ConfigureAwait(false))
            .Where(e => e.Channel == ConsentChannel.OfficialSocialMedia)
            .ToDictionary(e => e.PupilId);
        var records = onRoll
            .Where(p => p.NeverPublish || entries.ContainsKey(p.Id))
            .Select(p => entries.TryGetValue(p.Id, out var e)
                ? new ConsentRecord(p.MisId!, year, e.Photo, e.Name, p.NeverPublish)
                : new ConsentRecord(p.MisId!, year, null, null, p.NeverPublish));
        var context = new CheckContext
        {
            Pack = school.Pack,
            Today = request.Today,
            Roster = [.. onRoll.Select(p => new Pupil(p.MisId!, p.GivenName, p.PreferredName, p.FamilyName, p.YearGroup))],
            Consent = new ConsentRegister(records),
            StaffNames = [.. everyone.Where(p => p.Kind == PersonKind.Staff).Select(p => $"{p.GivenName} {p.FamilyName}")],
            SchoolYearStartMonth = school.School.YearStartMonth,
            SchoolYearStartDay = school.School.YearStartDay,
        };
        var result = StandardPostChecker.For(school.Pack).Check(request.Draft, context);
        return new Result(school, result, null, onRoll.Count);
    }
}
