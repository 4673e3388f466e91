using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Consent;

/// <summary>
/// Use case: record a pupil's consent form for a school year, every channel at once, and their
/// never-publish flag. Only the channels whose answers changed are recorded (through
/// <see cref="RecordConsent"/>), with who answered and when; a channel left as it was keeps the
/// person and date it already has, so correcting the press answer does not re-date the website one.
/// All or nothing: every changed channel is checked before any is written.
/// </summary>
public static class RecordPupilConsent
{
    /// <summary>The answers for one channel.</summary>
    /// <param name="Photo">Photographs: given, refused, or not answered.</param>
    /// <param name="Name">Name: given, refused, or not answered.</param>
    public sealed record Answer(ConsentChoice? Photo, ConsentChoice? Name);

    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="PupilId">The pupil.</param>
    /// <param name="Year">The school year.</param>
    /// <param name="Answers">The answers per channel; a channel not given is left as it is.</param>
    /// <param name="GivenBy">Who answered the changed channels.</param>
    /// <param name="GivenOn">When they answered.</param>
    /// <param name="NeverPublish">The pupil's never-publish flag.</param>
    public sealed record Request(long OrganisationId, long PupilId, SchoolYear Year, IReadOnlyDictionary<ConsentChannel, Answer> Answers, string? GivenBy, DateOnly? GivenOn, bool NeverPublish);

    /// <summary>The outcome.</summary>
    /// <param name="Recorded">The channels whose answers were recorded.</param>
    /// <param name="NeverPublishChanged">Whether the never-publish flag changed.</param>
    /// <param name="Errors">Request field → message; empty when recorded.</param>
    public sealed record Result(IReadOnlyList<ConsentChannel> Recorded, bool NeverPublishChanged, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when everything asked for was recorded.</summary>
        public bool Succeeded => Errors.Count == 0;

        /// <summary>True when nothing differed from what was already recorded.</summary>
        public bool NothingChanged => Succeeded && Recorded.Count == 0 && !NeverPublishChanged;
    }

    /// <summary>Checks every changed channel, then records them and the flag.</summary>
    public static async Task<Result> HandleAsync(Request request, IPeopleRegister people, IConsentRegister consent, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(clock);
        var recorded = (await consent.ListAsync(request.OrganisationId, request.Year, cancellationToken).ConfigureAwait(false))
            .Where(e => e.PupilId == request.PupilId)
            .ToDictionary(e => e.Channel);
        var changed = request.Answers
            .Where(a => !recorded.TryGetValue(a.Key, out var entry) ? a.Value.Photo is not null || a.Value.Name is not null : entry.Photo != a.Value.Photo || entry.Name != a.Value.Name)
            .OrderBy(a => a.Key)
            .Select(a => new RecordConsent.Request(request.OrganisationId, request.PupilId, request.Year, a.Key, a.Value.Photo, a.Value.Name, request.GivenBy, request.GivenOn))
            .ToList();

        // The pupil and the year are checked even when no answer changed, so the flag is never set on someone else's pupil.
        var checks = changed.Count > 0
            ? changed
            : [new RecordConsent.Request(request.OrganisationId, request.PupilId, request.Year, ConsentChannel.OfficialSocialMedia, null, null, request.GivenBy, request.GivenOn)];
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            foreach (var (field, message) in await RecordConsent.ValidateAsync(check, people, clock, cancellationToken).ConfigureAwait(false))
            {
                errors.TryAdd(field, message);
            }
        }

        if (errors.Count > 0)
        {
            return new Result([], false, errors);
        }

        foreach (var change in changed)
        {
            var result = await RecordConsent.HandleAsync(change, people, consent, clock, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                // Checked just above in the same unit of work; reaching here means the register changed underneath.
                throw new InvalidOperationException($"Consent for {change.Channel} was refused after it had been checked: {string.Join(" ", result.Errors.Values)}");
            }
        }

        var flag = await SetNeverPublish.HandleAsync(new SetNeverPublish.Request(request.OrganisationId, request.PupilId, request.NeverPublish), people, cancellationToken).ConfigureAwait(false);
        return new Result([.. changed.Select(c => c.Channel)], flag.Changed, new Dictionary<string, string>());
    }
}
