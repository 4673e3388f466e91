using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Consent;

/// <summary>
/// Use case: record what a pupil's parents said about photographs and names on one channel for one
/// school year, or set the never-publish flag. Refused with reasons (by field) and nothing written when
/// the pupil is not this school's, an answer has no one who gave it, or the date is in the future.
/// </summary>
public static class RecordConsent
{
    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="PupilId">The pupil.</param>
    /// <param name="Year">The school year.</param>
    /// <param name="Channel">The channel.</param>
    /// <param name="Photo">Photographs answer.</param>
    /// <param name="Name">Name answer.</param>
    /// <param name="GivenBy">Who answered.</param>
    /// <param name="GivenOn">When they answered.</param>
    /// <param name="NeverPublish">Set or clear the pupil's never-publish flag; null leaves it.</param>
    public sealed record Request(long OrganisationId, long PupilId, SchoolYear Year, ConsentChannel Channel, ConsentChoice? Photo, ConsentChoice? Name, string? GivenBy, DateOnly? GivenOn, bool? NeverPublish = null);

    /// <summary>The outcome: the reasons it was refused, keyed by field; empty when recorded.</summary>
    /// <param name="Errors">Field → message.</param>
    public sealed record Result(IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when recorded.</summary>
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>Validates and records.</summary>
    public static async Task<Result> HandleAsync(Request request, IPeopleRegister people, IConsentRegister consent, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var (pupil, errors) = await CheckAsync(request, people, now, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return new Result(errors);
        }

        await consent.SaveAsync(
            new ConsentEntry(request.PupilId, request.Year, request.Channel, request.Photo, request.Name, request.GivenBy?.Trim(), request.GivenOn),
            now,
            cancellationToken).ConfigureAwait(false);
        if (request.NeverPublish is { } flag && pupil!.NeverPublish != flag)
        {
            await people.UpdateAsync(pupil with { NeverPublish = flag }, cancellationToken).ConfigureAwait(false);
        }

        return new Result(new Dictionary<string, string>());
    }

    /// <summary>
    /// The reasons the request would be refused, by field; empty when it would be recorded. Lets a
    /// caller that records several channels at once check them all before writing any.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> ValidateAsync(Request request, IPeopleRegister people, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(clock);
        return (await CheckAsync(request, people, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false)).Errors;
    }

    private static async Task<(Person? Pupil, Dictionary<string, string> Errors)> CheckAsync(Request request, IPeopleRegister people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var today = Time.UkTime.DateOf(now);
        var pupil = await people.GetAsync(request.PupilId, cancellationToken).ConfigureAwait(false);
        if (pupil is null || pupil.OrganisationId != request.OrganisationId || pupil.Kind != PersonKind.Pupil)
        {
            errors[nameof(Request.PupilId)] = "Choose a pupil of this school.";
        }

        if ((request.Photo is not null || request.Name is not null) && string.IsNullOrWhiteSpace(request.GivenBy))
        {
            errors[nameof(Request.GivenBy)] = "Say who gave this answer (e.g. the parent's name and relationship).";
        }

        if (request.GivenOn is { } givenOn && givenOn > today)
        {
            errors[nameof(Request.GivenOn)] = "The date the answer was given cannot be in the future.";
        }

        if (request.Year.StartYear < today.Year - 20 || request.Year.StartYear > today.Year + 1)
        {
            errors[nameof(Request.Year)] = $"Choose a school year between {new SchoolYear(today.Year - 20)} and {new SchoolYear(today.Year + 1)}.";
        }

        return (pupil, errors);
    }
}
