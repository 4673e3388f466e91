namespace Lanyard.Core.People;

/// <summary>
/// Use case: set or clear a pupil's never-publish flag (a looked-after or adopted child, a court
/// order). While it is set the post check blocks the pupil's name and image whatever the consent
/// answers say. Refused, and nothing written, when the pupil is not one of this school's.
/// </summary>
public static class SetNeverPublish
{
    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="PupilId">The pupil.</param>
    /// <param name="NeverPublish">Set (true) or clear (false).</param>
    public sealed record Request(long OrganisationId, long PupilId, bool NeverPublish);

    /// <summary>The outcome.</summary>
    /// <param name="Pupil">The pupil as now recorded; null when refused.</param>
    /// <param name="Changed">False when the flag already had that value (nothing written).</param>
    /// <param name="Errors">Request field → message; empty on success.</param>
    public sealed record Result(Person? Pupil, bool Changed, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the flag now has the value asked for.</summary>
        public bool Succeeded => Pupil is not null;
    }

    /// <summary>Checks the pupil and writes the flag when it changes.</summary>
    public static async Task<Result> HandleAsync(Request request, IPeopleRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        var pupil = await register.GetAsync(request.PupilId, cancellationToken).ConfigureAwait(false);
        if (pupil is null || pupil.OrganisationId != request.OrganisationId || pupil.Kind != PersonKind.Pupil)
        {
            return new Result(null, false, new Dictionary<string, string>(StringComparer.Ordinal) { [nameof(Request.PupilId)] = "Choose a pupil of this school." });
        }

        if (pupil.NeverPublish == request.NeverPublish)
        {
            return new Result(pupil, false, new Dictionary<string, string>());
        }

        var updated = pupil with { NeverPublish = request.NeverPublish };
        await register.UpdateAsync(updated, cancellationToken).ConfigureAwait(false);
        return new Result(updated, true, new Dictionary<string, string>());
    }
}
