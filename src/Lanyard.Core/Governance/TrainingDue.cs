using Lanyard.Core.People;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: who is due social media training at a school. Only where the policy requires training
/// (Chapmanslade roles-staff.02); a policy that says nothing requires none. With an interval,
/// anyone whose last session is that many months ago is due again; without one ("required, no
/// interval stated") anyone who has never attended is due, and attendance once is enough.
/// </summary>
public static class TrainingDue
{
    /// <summary>One bound member of staff.</summary>
    /// <param name="Person">The member of staff.</param>
    /// <param name="LastAttended">The last session they attended, if any.</param>
    /// <param name="DueOn">When they are next due: never attended → null with <paramref name="Due"/> true; no interval → null once attended.</param>
    /// <param name="Due">True when training is due today.</param>
    public sealed record Entry(Person Person, DateOnly? LastAttended, DateOnly? DueOn, bool Due);

    /// <summary>The school's position.</summary>
    /// <param name="Required">True when the policy requires training.</param>
    /// <param name="Rule">The policy's training rule, if any.</param>
    /// <param name="Message">What the policy asks, in a sentence.</param>
    /// <param name="Entries">Every bound member of staff; empty when not required.</param>
    public sealed record Result(bool Required, TrainingRule? Rule, string Message, IReadOnlyList<Entry> Entries)
    {
        /// <summary>How many are due.</summary>
        public int DueCount => Entries.Count(e => e.Due);
    }

    /// <summary>Reads the position on the clock's today.</summary>
    public static async Task<Result> HandleAsync(long organisationId, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var inForce = await PolicyVersions.InForceAsync(organisationId, today, ports.Organisations, ports.Versions, cancellationToken).ConfigureAwait(false);
        if (inForce is null)
        {
            return new Result(false, null, PolicyHolder.NoPack, []);
        }

        if (inForce.Pack.Parameters.Training is not { Required: true } rule)
        {
            return new Result(false, inForce.Pack.Parameters.Training, "The policy does not require social media training.", []);
        }

        var clauses = string.Join(", ", rule.Clauses);
        var message = rule.IntervalMonths is { } months
            ? $"Staff must attend social media training every {months} months ({clauses})."
            : $"Training is required, no interval stated ({clauses}): anyone who has never attended is due.";
        var sessions = await ports.Training.ListAsync(organisationId, cancellationToken).ConfigureAwait(false);
        var bound = await BoundStaff.ListAsync(organisationId, inForce.Pack, ports.People, cancellationToken).ConfigureAwait(false);
        var entries = bound.Select(person =>
        {
            var last = sessions.Where(s => s.HeldOn <= today && s.Attendees.Contains(person.Id)).Select(s => (DateOnly?)s.HeldOn).Max();
            DateOnly? dueOn = last is { } attended && rule.IntervalMonths is { } interval ? attended.AddMonths(interval) : null;
            var due = last is null || (dueOn is { } next && next <= today);
            return new Entry(person, last, dueOn, due);
        }).ToList();
        return new Result(true, rule, message, entries);
    }
}
